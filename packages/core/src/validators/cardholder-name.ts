import type { LocaleOptions } from "../locale/types";
import { readTextOptions } from "../options/read-options";
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

/** Letters and marks of any script, spaces, apostrophes, hyphens and periods. */
const NAME = /^[\p{L}\p{M} '\u2019\u02bc.\-\u2010]*$/u;
const LETTER = /\p{L}/u;
/** Spaces a name may carry around it beyond twice its longest length before it is too long. */
const TRIM_ALLOWANCE = 16;

/**
 * Validates a cardholder name: letters of any script (with their combining marks), spaces,
 * apostrophes, hyphens and periods, at least one letter, at most `maxLength` characters. Digits
 * (so anything that looks like a card number), symbols and control or invisible characters are
 * `invalid_characters`. Leading and trailing spaces are ignored. Never throws for any input; a
 * `maxLength` that is not an integer from 1 to 256 throws a `CardwardError` (`invalid_option`).
 *
 * @example
 * validateCardholderName("Zoë O'Brien-Ñúñez").isValid; // true
 * validateCardholderName("4242 4242").issues[0]?.code; // "invalid_characters"
 */
export function validateCardholderName(input: unknown, given?: NameOptions): ValidationResult {
  const options = readTextOptions(given, { withMin: false, defaultMax: DEFAULT_MAX_NAME_LENGTH });
  const maxLength = options.maxLength ?? DEFAULT_MAX_NAME_LENGTH;
  return validateTextField(input, {
    field: "name",
    minLength: 0,
    maxLength,
    // Capped before the regular expressions run: trimming may drop at most the surplus spaces.
    cap: maxLength * 2 + TRIM_ALLOWANCE,
    // Controls are looked for before trimming, which would drop tabs and line breaks.
    forbidden: CONTROL,
    scan: (name) => ({
      allowed: NAME.test(name),
      length: [...name].length,
      content: LETTER.test(name),
    }),
    locale: options.locale,
  });
}
