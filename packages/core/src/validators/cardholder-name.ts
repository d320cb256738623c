import type { LocaleOptions } from "../locale/types";
import { CONTROL } from "../text/normalize";
import type { ValidationResult } from "../types";
import { validateTextField } from "./text-field";

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
  // Capped before the regular expressions run: trimming may drop at most the surplus spaces.
  // Controls are looked for before trimming, which would drop tabs and line breaks.
  return validateTextField(
    input,
    "name",
    [0, max, max * 2 + 16],
    CONTROL,
    (name) => [NAME.test(name), [...name].length, LETTER.test(name)],
    options.locale,
  );
}
