import { scanDigits } from "../text/normalize";
import type { Brand, BrandId, SecurityCodeName } from "../types";
import { BRAND_TABLE } from "./brand-data.generated";

/** A frozen list of numbers from `"4,8,12"`. */
const numbers = (list: string): readonly number[] => Object.freeze(list.split(",").map(Number));

/**
 * Reads a brand's patterns (see scripts/generate-brands.mjs): base-36 low ends and widths, each
 * run after a "," starting with a low end in full and going on with distances (after a ".") from
 * the previous pattern's high end (`"8c-5,10.2.1"` is 300-305, 36, 38, 39). Returns each range's
 * ends as digit strings of one length (equal for a prefix).
 */
export function parsePatterns(list: string): [lo: string, hi: string][] {
  let hi = 0;
  return list.split(",").flatMap((run) =>
    run.split(".").map((pattern, i): [string, string] => {
      const [start = "", width = "0"] = pattern.split("-");
      const lo = parseInt(start, 36) + (i && hi);
      hi = lo + parseInt(width, 36);
      return [String(lo), String(hi)];
    }),
  );
}

/**
 * One compiled pattern: its brand, its low end, and its high end followed by `:`. credit-card-type
 * compares the input's first `min(n, lo.length)` digits with the ends cut to the same length.
 * For digit strings that is a string compare, and `:` (which sorts just after `9`) spares the
 * cutting: those digits are below `lo` when the input followed by `:` is, and above `hi` when the
 * input is above `hi:`.
 */
type Pattern = readonly [brand: Brand, lo: string, hi: string];

/**
 * Patterns by the input's first one, two or three digits (in brand order then pattern order), so
 * a lookup only tries the few patterns that can match. Filled as BRANDS is built.
 */
const BUCKETS: Record<string, Pattern[]> = {};

/**
 * Every brand, in credit-card-type's test order (which breaks ties between equally strong
 * matches), from the table's rows `name|patterns|gaps|lengths|code`. Built once when the module
 * loads; the objects are frozen and shared by every call. The id is the name in lower case with
 * spaces as dashes.
 */
export const BRANDS: readonly Brand[] = Object.freeze(
  BRAND_TABLE.map((row): Brand => {
    const [name, patterns, gaps, lengths, code] = row.split("|") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const id = name.toLowerCase().replaceAll(" ", "-") as BrandId;
    const brand: Brand = Object.freeze({
      id,
      name,
      lengths: numbers(lengths),
      gaps: numbers(gaps),
      code: Object.freeze({
        name: code.slice(0, -1) as SecurityCodeName,
        size: +code.slice(-1) as 3 | 4,
      }),
      luhn: id !== "unionpay",
    });
    for (const [lo, hi] of parsePatterns(patterns)) {
      for (let k = 1; k <= 3; k++) {
        // Every k-digit prefix an input matching the pattern can start with.
        const scale = 10 ** Math.max(0, k - lo.length);
        for (let q = +lo.slice(0, k) * scale; q < (+hi.slice(0, k) + 1) * scale; q++) {
          BUCKETS[q] = [...(BUCKETS[q] ?? []), [brand, lo, `${hi}:`]];
        }
      }
    }
    return brand;
  }),
);

// The last answer: a keystroke asks about the same digits several times.
let lastDigits: string | undefined;
let lastFound: readonly Brand[] = BRANDS;

/**
 * The brands an ASCII-digit string may belong to, exactly as credit-card-type answers: every
 * brand for `""`; otherwise each brand whose first matching pattern fits, narrowed to the single
 * strongest (longest pattern, first in order on a tie) once every match is conclusive. The list
 * is frozen. Not part of the public API: `digits` must hold ASCII digits only.
 */
export function matchDigits(digits: string): readonly Brand[] {
  if (digits === "") return BRANDS;
  if (digits === lastDigits) return lastFound;
  const found: Brand[] = [];
  let last: Brand | undefined;
  let best: Brand | undefined;
  let conclusive = true;
  let strength = 0;
  const above = `${digits}:`;
  for (const [brand, lo, hi] of BUCKETS[digits.slice(0, 3)] ?? []) {
    // In lo-hi on their common prefix length.
    if (brand === last || above < lo || digits > hi) continue;
    last = brand;
    found.push(brand);
    if (digits.length < lo.length) conclusive = false;
    else if (lo.length > strength) {
      strength = lo.length;
      best = brand;
    }
  }
  lastDigits = digits;
  lastFound = Object.freeze(conclusive && best ? [best] : found);
  return lastFound;
}

/**
 * The brands a (possibly partial) card number may belong to, as credit-card-type answers:
 * every brand for empty input, the best match once it is conclusive, and `[]` when nothing
 * matches. Separators (spaces, dashes) are skipped and Unicode digits read as digits; anything
 * that is not a string, or holds other characters, has no candidates.
 *
 * @example
 * brandCandidates("3").map((b) => b.id); // ["american-express", "diners-club", "jcb"]
 */
export function brandCandidates(input: unknown): Brand[] {
  const scan = typeof input === "string" && scanDigits(input);
  return !scan || scan.invalid || scan.truncated ? [] : [...matchDigits(scan.digits)];
}

/**
 * The card's brand once it is certain, or null while several brands (or none) still match.
 *
 * @example
 * detectBrand("4242 4242")?.id; // "visa"
 * detectBrand("3"); // null: American Express, Diners Club or JCB
 */
export function detectBrand(input: unknown): Brand | null {
  return onlyBrand(brandCandidates(input));
}

/** The one brand of a list of candidates, or null when there are several or none. */
export const onlyBrand = (found: readonly Brand[]): Brand | null =>
  found.length === 1 ? (found[0] as Brand) : null;

/**
 * The brand with the given id, or null if there is none.
 *
 * @example
 * getBrand("american-express")?.code; // { name: "CID", size: 4 }
 */
export function getBrand(id: BrandId | string): Brand | null {
  return BY_ID.get(id) ?? null;
}

// A Map: Array.prototype.find on the frozen BRANDS measured up to 40 times slower in V8.
const BY_ID: ReadonlyMap<string, Brand> = new Map(BRANDS.map((b) => [b.id, b]));
