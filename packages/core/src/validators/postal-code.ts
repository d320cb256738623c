import { verdict } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { digitAt } from "../text/normalize";
import type { IssueCode, ValidationResult } from "../types";

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
  const min = options.minLength ?? DEFAULT_MIN_POSTAL_CODE_LENGTH;
  const max = options.maxLength ?? DEFAULT_MAX_POSTAL_CODE_LENGTH;
  const done = (code: IssueCode | null, isPotentiallyValid: boolean): PostalCodeResult =>
    verdict(
      code,
      isPotentiallyValid,
      code === "too_short" || code === "too_long"
        ? { field: "postalCode", expected: [code === "too_short" ? min : max] }
        : { field: "postalCode" },
      options.locale,
    );

  if (input == null) return done("required", false);
  if (typeof input !== "string") return done("invalid_type", false);
  if (input.length > max + 32) return done("too_long", false);
  const code = input.trim();
  if (code === "") return done("required", true);
  let alphanumeric = false;
  for (let i = 0; i < code.length; i++) {
    // ASCII letters, digits of any script, spaces and hyphens (an astral digit's second half is not).
    const c = code[i] as string;
    if (!/[a-z -]/i.test(c) && digitAt(c, 0).digit < 0) return done("invalid_characters", false);
    if (c !== " " && c !== "-") alphanumeric = true;
  }
  if (code.length > max) return done("too_long", false);
  if (!alphanumeric) return done("invalid_format", false);
  if (code.length < min) return done("too_short", true);
  return done(null, true);
}
