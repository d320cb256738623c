import { scanDigits } from "../text/normalize";
import type { Brand, BrandId } from "../types";
import type { BrandPattern } from "./brand-data";
import { BRAND_DATA } from "./brand-data.generated";

/**
 * One compiled pattern: its brand, its low end, and its high end followed by `:`. credit-card-type
 * compares the input's first `min(n, from.length)` digits with the ends cut to the same length.
 * For digit strings that is a string compare, and `:` (which sorts just after `9`) spares the
 * cutting: those digits are below `from` when the input followed by `:` is, and above `to` when
 * the input is above `to:`.
 */
interface CompiledPattern {
  readonly brand: Brand;
  readonly from: string;
  readonly toColon: string;
}

/** How many leading digits index the buckets: every pattern is looked up by the input's first 3. */
const BUCKET_DIGITS = 3;

/**
 * Patterns by the input's first one, two or three digits (in brand order then pattern order), so
 * a lookup only tries the few patterns that can match. Filled as BRANDS is built. An object
 * without a prototype (a polluted `Object.prototype` adds no bucket) whose keys are the prefixes
 * as numbers, which V8 stores as fast array elements.
 */
const BUCKETS: Record<string, CompiledPattern[]> = Object.create(null);

/** Files `pattern` under every 1-, 2- and 3-digit prefix an input matching it can start with. */
function fileInBuckets(brand: Brand, pattern: BrandPattern): void {
  const [low, high] = typeof pattern === "number" ? [pattern, pattern] : pattern;
  const from = String(low);
  const to = String(high);
  const compiled: CompiledPattern = { brand, from, toColon: `${to}:` };
  for (let k = 1; k <= BUCKET_DIGITS; k++) {
    const scale = 10 ** Math.max(0, k - from.length);
    const first = Number(from.slice(0, k)) * scale;
    const last = (Number(to.slice(0, k)) + 1) * scale;
    for (let prefix = first; prefix < last; prefix++) {
      const bucket = BUCKETS[prefix];
      if (bucket) bucket.push(compiled);
      else BUCKETS[prefix] = [compiled];
    }
  }
}

/**
 * Every brand, in credit-card-type's test order (which breaks ties between equally strong
 * matches), from the generated table. Built once when the module loads; the objects are frozen
 * and shared by every call.
 */
export const BRANDS: readonly Brand[] = Object.freeze(
  BRAND_DATA.map((data): Brand => {
    const brand: Brand = Object.freeze({
      id: data.id,
      name: data.name,
      lengths: Object.freeze([...data.lengths]),
      gaps: Object.freeze([...data.gaps]),
      code: Object.freeze({ ...data.code }),
      luhn: data.luhn,
    });
    for (const pattern of data.patterns) fileInBuckets(brand, pattern);
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
  for (const { brand, from, toColon } of BUCKETS[digits.slice(0, BUCKET_DIGITS)] ?? []) {
    // In from-to on their common prefix length.
    if (brand === last || above < from || digits > toColon) continue;
    last = brand;
    found.push(brand);
    if (digits.length < from.length) conclusive = false;
    else if (from.length > strength) {
      strength = from.length;
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
