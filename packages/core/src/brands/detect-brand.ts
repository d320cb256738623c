import { scanDigits } from "../text/normalize";
import type { Brand, BrandId } from "../types";
import { BRAND_DATA } from "./brand-data.generated";

/**
 * Every brand, in credit-card-type's test order (which breaks ties between equally strong
 * matches). Built once when the module loads; the objects are frozen and shared by every call.
 */
export const BRANDS: readonly Brand[] = Object.freeze(
  BRAND_DATA.map(
    (d): Brand =>
      Object.freeze({
        id: d.id,
        name: d.name,
        lengths: Object.freeze([...d.lengths]),
        gaps: Object.freeze([...d.gaps]),
        code: Object.freeze({ ...d.code }),
        luhn: d.id !== "unionpay",
      }),
  ),
);

/**
 * One compiled pattern: `brand` indexes BRANDS, `lo`/`hi` are the range's ends as strings (equal
 * for a plain prefix). credit-card-type compares the input's first `min(n, lo.length)` digits
 * with the ends cut to the same length, which for digit strings of one length is a string compare.
 */
interface Pattern {
  readonly brand: number;
  readonly lo: string;
  readonly hi: string;
}

/**
 * Patterns bucketed by the input's first one, two or three digits (10 + 100 + 1000 buckets, in
 * brand order then pattern order), so a lookup only tries the few patterns that can match.
 */
const BUCKETS: Pattern[][] = Array.from({ length: 1110 }, () => []);
/** Index of the bucket for the first `k` digits of `value` (k = 1, 2, 3). */
const bucketIndex = (k: number, prefix: number): number =>
  (k === 1 ? 0 : k === 2 ? 10 : 110) + prefix;
BRAND_DATA.forEach((d, brand) => {
  for (const p of d.patterns) {
    const [lo, hi] = typeof p === "number" ? [String(p), String(p)] : [String(p[0]), String(p[1])];
    for (let k = 1; k <= 3; k++) {
      // Every k-digit prefix an input matching the pattern can start with.
      const scale = k > lo.length ? 10 ** (k - lo.length) : 1;
      const first = Number(lo.slice(0, k)) * scale;
      const last = Number(hi.slice(0, k)) * scale + scale - 1;
      for (let q = first; q <= last; q++) BUCKETS[bucketIndex(k, q)]?.push({ brand, lo, hi });
    }
  }
});

/** Whether `digits` matches the range `lo`-`hi` on their common prefix length. */
function inRange(digits: string, lo: string, hi: string): boolean {
  const k = Math.min(digits.length, lo.length);
  let aboveLo = false;
  let belowHi = false;
  for (let i = 0; i < k && !(aboveLo && belowHi); i++) {
    const c = digits.charCodeAt(i);
    if (!aboveLo) {
      const l = lo.charCodeAt(i);
      if (c < l) return false;
      aboveLo = c > l;
    }
    if (!belowHi) {
      const h = hi.charCodeAt(i);
      if (c > h) return false;
      belowHi = c < h;
    }
  }
  return true;
}

/**
 * The brands an ASCII-digit string may belong to, exactly as credit-card-type answers: every
 * brand for `""`; otherwise each brand whose first matching pattern fits, narrowed to the single
 * strongest (longest pattern, first in order on a tie) once every match is conclusive.
 * Not part of the public API: `digits` must hold ASCII digits only.
 */
export function matchDigits(digits: string): readonly Brand[] {
  if (digits === "") return BRANDS;
  const k = digits.length < 3 ? digits.length : 3;
  let prefix = 0;
  for (let i = 0; i < k; i++) prefix = prefix * 10 + digits.charCodeAt(i) - 48;
  const bucket = BUCKETS[bucketIndex(k, prefix)] as Pattern[];
  const found: Brand[] = [];
  let last = -1;
  let conclusive = true;
  let best = -1;
  let bestStrength = 0;
  for (let i = 0; i < bucket.length; i++) {
    const p = bucket[i] as Pattern;
    if (p.brand === last || !inRange(digits, p.lo, p.hi)) continue;
    last = p.brand;
    const brand = BRANDS[p.brand] as Brand;
    found.push(brand);
    if (digits.length < p.lo.length) conclusive = false;
    else if (p.lo.length > bestStrength) {
      bestStrength = p.lo.length;
      best = found.length - 1;
    }
  }
  return conclusive && best >= 0 ? [found[best] as Brand] : found;
}

/** The ASCII digits of a string input, or null when it holds anything but digits and separators. */
function digitsOf(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const scan = scanDigits(input);
  return scan.invalid || scan.truncated ? null : scan.digits;
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
  const digits = digitsOf(input);
  return digits === null ? [] : [...matchDigits(digits)];
}

/**
 * The card's brand once it is certain, or null while several brands (or none) still match.
 *
 * @example
 * detectBrand("4242 4242")?.id; // "visa"
 * detectBrand("3"); // null: American Express, Diners Club or JCB
 */
export function detectBrand(input: unknown): Brand | null {
  const digits = digitsOf(input);
  if (digits === null) return null;
  const found = matchDigits(digits);
  return found.length === 1 ? (found[0] as Brand) : null;
}

/**
 * The brand with the given id, or null if there is none.
 *
 * @example
 * getBrand("american-express")?.code; // { name: "CID", size: 4 }
 */
export function getBrand(id: BrandId | string): Brand | null {
  return BY_ID.get(id) ?? null;
}

const BY_ID: ReadonlyMap<string, Brand> = new Map(BRANDS.map((b) => [b.id, b]));
