import { type BrandId, brandCandidates, detectBrand, getBrand } from "@cardward/core";
import { luhnCheckDigit } from "./luhn";
import { seededRandom } from "./prng";

/** The seed {@link generateCardNumber} uses when none is given. */
export const DEFAULT_SEED = 42;

/** Options of {@link generateCardNumber}. */
export interface GenerateCardNumberOptions {
  /**
   * Number of digits; must be one of the brand's `lengths`.
   * @default 16 when the brand allows it, else the brand's shortest length
   */
  readonly length?: number;
  /**
   * Seed of the pseudo-random generator: the same brand, options and seed always give the same
   * number. Use different seeds for different numbers.
   * @default DEFAULT_SEED (42)
   */
  readonly seed?: number;
  /**
   * `"valid"`: the last digit is the Luhn check digit. `"invalid"`: any other digit, so the
   * number fails only the Luhn check. UnionPay numbers are made Luhn-valid too, though that brand
   * does not require it.
   * @default "valid"
   */
  readonly luhn?: "valid" | "invalid";
}

const DIGITS = "0123456789";

/** The digits 0-9 in a seeded random order. */
function shuffledDigits(next: (n: number) => number): string[] {
  const out = DIGITS.split("");
  for (let i = out.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

/** Whether `digits` is detected as `id` alone. */
const only = (digits: string, id: BrandId): boolean => {
  const found = brandCandidates(digits);
  return found.length === 1 && found[0]?.id === id;
};

/**
 * A prefix that core's brand detection maps to `id` whatever digit follows. It walks the digits
 * in a seeded order, keeping only prefixes for which `id` is still a candidate, so it is drawn
 * from the brand's own patterns (credit-card-type's table, longest 8 digits) through core's
 * public API, with no copy of the table here. (`detectBrand` alone is not enough: it names a
 * brand as soon as it is the only candidate, as for "9", before the pattern 9792 is complete.)
 */
function drawPrefix(id: BrandId, next: (n: number) => number): string | null {
  const search = (prefix: string): string | null => {
    if (prefix !== "" && only(prefix, id) && [...DIGITS].every((d) => only(prefix + d, id))) {
      return prefix;
    }
    if (prefix.length >= 8) return null;
    for (const digit of shuffledDigits(next)) {
      const longer = prefix + digit;
      if (brandCandidates(longer).some((b) => b.id === id)) {
        const found = search(longer);
        if (found) return found;
      }
    }
    return null;
  };
  return search("");
}

/**
 * A card number of `brand`, deterministic from `seed`: a prefix of the brand's patterns, random
 * digits, and a Luhn check digit (or, with `luhn: "invalid"`, a wrong one). Every generated number
 * is detected as `brand` by `@cardward/core`. Throws a `RangeError` for an unknown brand or a
 * length the brand does not allow (a mistake in the test, not card data).
 *
 * @example
 * generateCardNumber("visa"); // a 16-digit Visa number, the same on every run
 * generateCardNumber("american-express", { seed: 7 });
 * generateCardNumber("maestro", { length: 12, luhn: "invalid" });
 */
export function generateCardNumber(
  brand: BrandId,
  options: GenerateCardNumberOptions = {},
): string {
  const info = getBrand(brand);
  if (!info) throw new RangeError(`generateCardNumber: unknown brand "${String(brand)}".`);
  const length = options.length ?? (info.lengths.includes(16) ? 16 : (info.lengths[0] as number));
  if (!info.lengths.includes(length)) {
    throw new RangeError(
      `generateCardNumber: ${info.name} numbers have ${info.lengths.join(", ")} digits, not ${length}.`,
    );
  }
  const next = seededRandom(options.seed ?? DEFAULT_SEED);
  // A prefix settled for one more digit stays settled with credit-card-type's table; checking the
  // whole number (and drawing again if it ever failed) keeps that an assertion, not a hope.
  for (let attempt = 0; attempt < 20; attempt++) {
    const prefix = drawPrefix(info.id, next);
    if (prefix === null) break;
    let payload = prefix;
    while (payload.length < length - 1) payload += DIGITS[next(10)];
    const check = luhnCheckDigit(payload);
    const last = options.luhn === "invalid" ? (check + 1 + next(9)) % 10 : check;
    const number = payload + String(last);
    if (detectBrand(number)?.id === info.id) return number;
  }
  throw new RangeError(`generateCardNumber: no ${info.name} number found.`);
}
