/**
 * Input normalization shared by the validators and the edit model. Everything here is linear in
 * the (capped) input and never throws.
 */

/** Longest input we look at; anything longer is cut before any normalization or regex runs. */
export const MAX_INPUT_LENGTH = 256;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(input: string, max: number = MAX_INPUT_LENGTH): string {
  return input.length <= max
    ? input
    : input.slice(0, /[\ud800-\udbff]/.test(input.charAt(max - 1)) ? max - 1 : max);
}

/** A Unicode decimal digit (ASCII, Arabic-Indic, Devanagari, full-width, mathematical, ...). */
const DIGIT = /\p{Nd}/u;

/**
 * Reads the character at `index`: `{ digit, width }` where `digit` is its value 0-9 when it is a
 * Unicode decimal digit (else -1) and `width` the UTF-16 code units it takes: 2 for an astral
 * character, 1 for anything else, a lone surrogate included (it never swallows the character
 * after it).
 */
export function digitAt(input: string, index: number): { digit: number; width: number } {
  const cp = input.codePointAt(index) ?? 0;
  let zero = cp;
  if (cp >= 48 && cp <= 57) zero = 47;
  // Unicode lays decimal digits out in runs of 0-9: walk back to the run's start.
  else while (DIGIT.test(String.fromCodePoint(zero))) zero--;
  return { digit: zero < cp ? (cp - zero - 1) % 10 : -1, width: cp > 0xffff ? 2 : 1 };
}

/**
 * Invisible characters that hide what a person sees: zero-width (U+200B-U+200D, U+2060, U+FEFF),
 * bidirectional controls (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069) and soft hyphen.
 */
export const INVISIBLE = /[\xad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Control characters (C0, DEL, C1) and the invisible characters {@link INVISIBLE} matches. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL = /[\0-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Separators people type or paste inside card numbers: every character JavaScript's `\s`
 * matches except the zero-width U+FEFF (so card-validator's stripping of `-` and `\s` skips the
 * same characters), plus Unicode hyphens and dashes (U+2010-U+2014) and the minus sign.
 */
const SEPARATOR = /[^\S\ufeff]|[-\u2010-\u2014\u2212]/;

/** The outcome of reading the digits out of a string. */
export interface DigitScan {
  /** The ASCII digits found, in order. */
  readonly digits: string;
  /** Whether anything other than digits and separators was found (letters, controls, ...). */
  readonly invalid: boolean;
  /** Whether the input was longer than the cap and was cut. */
  readonly truncated: boolean;
}

/**
 * Reads the digits of a card-number-like string: Unicode decimal digits become ASCII, separators
 * are skipped, anything else marks the scan invalid. The input is capped first.
 */
export function scanDigits(input: string, max: number = MAX_INPUT_LENGTH): DigitScan {
  const capped = capLength(input, max);
  const truncated = capped.length < input.length;
  // Fast path: ASCII digits, spaces and hyphens only (what people type and most pastes).
  const ascii = /^[\d -]*$/.test(capped);
  let digits = ascii ? capped.replace(/[ -]/g, "") : "";
  let invalid = false;
  if (!ascii) {
    for (let i = 0; i < capped.length; ) {
      const { digit, width } = digitAt(capped, i);
      const char = capped[i] as string;
      // Anything else that is not a separator, invisible characters (INVISIBLE) included, makes
      // the scan invalid.
      if (digit >= 0) digits += digit;
      else if (!SEPARATOR.test(char)) invalid = true;
      i += width;
    }
  }
  return { digits, invalid, truncated };
}
