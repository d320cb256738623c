import { verdict } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { CONTROL } from "../text/normalize";
import type { IssueCode, ValidationResult } from "../types";

/** Longest cardholder name accepted by default (cards emboss at most 26, but forms take more). */
export const DEFAULT_MAX_NAME_LENGTH = 100;

/** Options of {@link validateCardholderName}. */
export interface NameOptions extends LocaleOptions {
  /**
   * Longest name accepted, in characters after trimming.
   * @default 100
   */
  readonly maxLength?: number | undefined;
}

/** The result of {@link validateCardholderName}. */
export type NameResult = ValidationResult;

/** Letters and marks of any script, spaces, apostrophes, hyphens and periods. */
const NAME = /^[\p{L}\p{M} '\u2019\u02bc.\-\u2010]*$/u;
const LETTER = /\p{L}/u;

/**
 * Validates a cardholder name: letters of any script (with their combining marks), spaces,
 * apostrophes, hyphens and periods, at least one letter, at most `maxLength` characters. Digits
 * (so anything that looks like a card number), symbols and control or invisible characters are
 * `invalid_characters`. Leading and trailing spaces are ignored. Never throws.
 *
 * @example
 * validateCardholderName("Zoë O'Brien-Ñúñez").isValid; // true
 * validateCardholderName("4242 4242").issues[0]?.code; // "invalid_characters"
 */
export function validateCardholderName(input: unknown, options: NameOptions = {}): NameResult {
  const max = options.maxLength ?? DEFAULT_MAX_NAME_LENGTH;
  const done = (code: IssueCode | null, isPotentiallyValid: boolean): NameResult =>
    verdict(
      code,
      isPotentiallyValid,
      code === "too_long" ? { field: "name", expected: [max] } : { field: "name" },
      options.locale,
    );

  if (input == null) return done("required", false);
  if (typeof input !== "string") return done("invalid_type", false);
  // Cap before the regular expressions run: trimming may drop at most the surplus spaces.
  if (input.length > max * 2 + 16) return done("too_long", false);
  if (CONTROL.test(input)) return done("invalid_characters", false);
  const name = input.trim();
  if (name === "") return done("required", true);
  if (!NAME.test(name)) return done("invalid_characters", false);
  if ([...name].length > max) return done("too_long", false);
  if (!LETTER.test(name)) return done("invalid_format", false);
  return done(null, true);
}
