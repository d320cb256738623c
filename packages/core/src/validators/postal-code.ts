import type { LocaleOptions } from "../locale/types";
import type { ValidationResult } from "../types";
import { validateTextField } from "./text-field";

/** Shortest postal code accepted by default. */
export const DEFAULT_MIN_POSTAL_CODE_LENGTH = 3;
/** Longest postal code accepted by default (a US ZIP+4 such as `12345-6789` is 10). */
export const DEFAULT_MAX_POSTAL_CODE_LENGTH = 10;

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

/** The result of {@link validatePostalCode}. */
export type PostalCodeResult = ValidationResult;

/**
 * Validates a postal code in any country's shape: ASCII letters, digits (Unicode digits count),
 * spaces and hyphens, between `minLength` and `maxLength` characters after trimming, at least one
 * letter or digit. Potentially valid while too short. Never throws.
 *
 * @example
 * validatePostalCode("SW1A 1AA").isValid; // true
 * validatePostalCode("12").issues[0]?.code; // "too_short"
 */
export function validatePostalCode(
  input: unknown,
  options: PostalCodeOptions = {},
): PostalCodeResult {
  const max = options.maxLength ?? DEFAULT_MAX_POSTAL_CODE_LENGTH;
  return validateTextField(
    input,
    "postalCode",
    [options.minLength ?? DEFAULT_MIN_POSTAL_CODE_LENGTH, max, max + 32],
    null,
    // ASCII letters, digits of any script (astral ones included), spaces and hyphens, and at
    // least one character that is not a space or a hyphen.
    (code) => [/^[\p{Nd}a-zA-Z -]*$/u.test(code), code.length, /[^ -]/.test(code)],
    options.locale,
  );
}
