import type { LocaleOptions } from "../locale/types";
import { readTextOptions } from "../options/read-options";
import type { ValidationResult } from "../types";
import { validateTextField } from "./text-field";

/** Shortest postal code accepted by default. */
export const DEFAULT_MIN_POSTAL_CODE_LENGTH = 3;
/** Longest postal code accepted by default (a US ZIP+4 such as `12345-6789` is 10). */
export const DEFAULT_MAX_POSTAL_CODE_LENGTH = 10;

/** Spaces a postal code may carry around it before it is too long to be read at all. */
const TRIM_ALLOWANCE = 32;
/** ASCII letters, digits of any script (astral ones included), spaces and hyphens. */
const POSTAL_CODE = /^[\p{Nd}a-zA-Z -]*$/u;

/** Options of {@link validatePostalCode}. */
export interface PostalCodeOptions extends LocaleOptions {
  /**
   * Fewest characters (after trimming) a postal code may have.
   * @default 3
   */
  readonly minLength?: number | undefined;
  /**
   * Most characters (after trimming) a postal code may have.
   * @default 10
   */
  readonly maxLength?: number | undefined;
}

/**
 * Validates a postal code in any country's shape: ASCII letters, digits (Unicode digits count),
 * spaces and hyphens, between `minLength` and `maxLength` characters after trimming, at least one
 * letter or digit. Potentially valid while too short. Never throws for any input; lengths that
 * are not integers (`maxLength` 1-256, `minLength` 0 to `maxLength`) throw a `CardwardError`
 * (`invalid_option`).
 *
 * @example
 * validatePostalCode("SW1A 1AA").isValid; // true
 * validatePostalCode("12").issues[0]?.code; // "too_short"
 */
export function validatePostalCode(input: unknown, given?: PostalCodeOptions): ValidationResult {
  const defaultMax = DEFAULT_MAX_POSTAL_CODE_LENGTH;
  const options = readTextOptions(given, { withMin: true, defaultMax });
  const maxLength = options.maxLength ?? defaultMax;
  return validateTextField(input, {
    field: "postalCode",
    minLength: options.minLength ?? Math.min(DEFAULT_MIN_POSTAL_CODE_LENGTH, maxLength),
    maxLength,
    cap: maxLength + TRIM_ALLOWANCE,
    forbidden: null,
    scan: (code) => ({
      allowed: POSTAL_CODE.test(code),
      length: code.length,
      content: /[^ -]/.test(code),
    }),
    locale: options.locale,
  });
}
