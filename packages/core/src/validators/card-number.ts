import { BRANDS, matchDigits, onlyBrand } from "../brands/detect-brand";
import { issuesOf, NO_ISSUES } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { type CheckedNumberOptions, readNumberOptions } from "../options/read-options";
import { scanDigits } from "../text/normalize";
import type { Brand, BrandId, IssueCode, ValidationResult } from "../types";
import { luhn } from "./luhn";

/** Options of {@link validateNumber}. */
export interface NumberOptions extends LocaleOptions {
  /**
   * The brands the merchant accepts; any other brand yields `unsupported_brand`.
   * @default every brand
   */
  readonly acceptedBrands?: readonly BrandId[];
  /**
   * Longest number accepted, below the brand's own longest length (card-validator's option).
   * @default the brand's longest length
   */
  readonly maxLength?: number;
  /**
   * Require UnionPay numbers to pass the Luhn check too (some UnionPay cards do not).
   * @default false
   */
  readonly luhnValidateUnionPay?: boolean;
}

/** The result of {@link validateNumber}. */
export interface NumberResult extends ValidationResult {
  /** The brand once it is certain; null while several brands (or none) still match. */
  readonly brand: Brand | null;
  /** Every brand the digits may still belong to, as credit-card-type answers. */
  readonly candidates: readonly Brand[];
}

/** A result with at most one issue; the params carry the brand's name and lengths, never digits. */
function result(
  options: CheckedNumberOptions,
  code: IssueCode | null,
  isPotentiallyValid: boolean,
  brand: Brand | null = null,
  candidates: readonly Brand[] = NO_ISSUES,
  expected?: readonly number[],
): NumberResult {
  const params: { field: "number"; brand?: string; expected?: readonly number[] } = {
    field: "number",
  };
  if (brand) params.brand = brand.name;
  if (expected) params.expected = expected;
  return {
    isValid: !code,
    isPotentiallyValid,
    issues: issuesOf(code, params, options.locale),
    brand,
    candidates,
  };
}

/**
 * Validates a card number the way card-validator's `number()` does: strings or numbers, spaces and
 * dashes ignored, the brand decided by credit-card-type's rules, the Luhn check (except UnionPay),
 * and `isPotentiallyValid` while the digits may still grow into a valid number. Unicode digits are
 * read as digits; letters and invisible or bidirectional controls are `invalid_characters`.
 * Never throws for any input; options that cannot be used throw a `CardwardError`
 * (`invalid_option`). Options are read as own properties only.
 *
 * @example
 * const result = validateNumber("4242 4242 4242 4242");
 * result.isValid; // true
 * result.brand?.id; // "visa"
 */
export function validateNumber(input: unknown, given?: NumberOptions): NumberResult {
  const options = readNumberOptions(given);
  if (input == null) return result(options, "required", false);
  if (typeof input !== "string" && typeof input !== "number")
    return result(options, "invalid_type", false);
  const scan = scanDigits(String(input));
  if (scan.invalid) return result(options, "invalid_characters", false);
  if (scan.truncated) return result(options, "too_long", false);
  const digits = scan.digits;
  if (digits === "") return result(options, "required", true, null, BRANDS);
  const candidates = matchDigits(digits);
  if (candidates.length === 0) return result(options, "unknown_brand", false);

  const accepted = options.acceptedBrands;
  const brand = onlyBrand(candidates);
  if (accepted && !candidates.some((b) => accepted.includes(b.id))) {
    return result(options, "unsupported_brand", false, brand, candidates);
  }
  if (!brand) return result(options, "too_short", true, null, candidates);

  const n = digits.length;
  const lengths = brand.lengths;
  const cap = options.maxLength;
  const longest = lengths[lengths.length - 1] as number;
  const max = cap ? Math.min(cap, longest) : longest;
  const expected = cap ? lengths.filter((l) => l <= cap) : lengths;
  if (cap && n > cap) return result(options, "too_long", false, brand, candidates, expected);
  if (!lengths.includes(n)) {
    // Between the brand's lengths (17 digits for a Visa): not short, a length it does not use.
    const shortest = lengths[0] as number;
    const code = n < shortest ? "too_short" : n > max ? "too_long" : "invalid_length";
    return result(options, code, n < max, brand, candidates, expected);
  }
  if ((brand.luhn || options.luhnValidateUnionPay === true) && !luhn(digits)) {
    return result(options, "luhn", n < max, brand, candidates);
  }
  return result(options, null, true, brand, candidates);
}
