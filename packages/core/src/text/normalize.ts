/**
 * Input normalization shared by the validators and the edit model. Everything here is linear in
 * the (capped) input and never throws.
 */

/** Longest input we look at; anything longer is cut before any normalization or regex runs. */
export const MAX_INPUT_LENGTH = 256;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(input: string, max: number = MAX_INPUT_LENGTH): string {
  if (input.length <= max) return input;
  const code = input.charCodeAt(max - 1);
  return input.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Zeros of every Unicode `Nd` block in the Basic Multilingual Plane (each block holds the digits
 * 0-9 in order). Full-width digits are here too, so no NFKC pass is needed for them.
 */
const DIGIT_ZEROS = [
  0x0030, 0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
  0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
  0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
  0xff10,
];

/**
 * The ASCII digit (0-9) a UTF-16 code unit stands for, or -1. Covers every BMP decimal digit
 * (Arabic-Indic, Persian, Devanagari, full-width, ...). Astral digits (mathematical digits) are
 * two code units and read as not-a-digit here; see {@link digitAt}.
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x660) return -1;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return code - zero;
  }
  return -1;
}

/** Mathematical alphanumeric digits (U+1D7CE-U+1D7FF): five runs of 0-9. */
function astralDigitValue(codePoint: number): number {
  if (codePoint >= 0x1d7ce && codePoint <= 0x1d7ff) return (codePoint - 0x1d7ce) % 10;
  if (codePoint >= 0x1fbf0 && codePoint <= 0x1fbf9) return codePoint - 0x1fbf0;
  return -1;
}

/**
 * Reads the character at `index`: `{ digit, width }` where `digit` is 0-9 or -1 and `width` is
 * the number of UTF-16 code units it takes (2 for an astral character).
 */
export function digitAt(input: string, index: number): { digit: number; width: number } {
  const code = input.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < input.length) {
    const cp = input.codePointAt(index) ?? code;
    return { digit: astralDigitValue(cp), width: 2 };
  }
  return { digit: digitValue(code), width: 1 };
}

/**
 * Invisible characters that hide what a person sees: zero-width (U+200B-U+200D, U+2060, U+FEFF),
 * bidirectional controls (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069) and soft hyphen.
 */
export function isInvisibleControl(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x061c ||
    code === 0x00ad
  );
}

/**
 * Separators people type or paste inside card numbers and dates: every character JavaScript's
 * `\s` matches except the zero-width U+FEFF (so card-validator's stripping of `-` and `\s` skips
 * the same characters), plus Unicode hyphens and dashes.
 */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0x2d || // hyphen-minus
    (code >= 0x09 && code <= 0x0d) || // tab, line feed, vertical tab, form feed, carriage return
    code === 0xa0 || // no-break space
    code === 0x1680 || // ogham space mark
    (code >= 0x2000 && code <= 0x200a) || // en quad ... hair space (figure space U+2007 among them)
    (code >= 0x2010 && code <= 0x2014) || // hyphen, non-breaking hyphen, figure dash, en/em dash
    code === 0x2028 || // line separator
    code === 0x2029 || // paragraph separator
    code === 0x202f || // narrow no-break space
    code === 0x205f || // medium mathematical space
    code === 0x2212 || // minus sign
    code === 0x3000 // ideographic space
  );
}

/** The outcome of reading the digits out of a string. */
export interface DigitScan {
  /** The ASCII digits found, in order. */
  readonly digits: string;
  /** Whether anything other than digits and separators was found (letters, controls, ...). */
  readonly invalid: boolean;
  /** Whether invisible control characters were among them. */
  readonly invisible: boolean;
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
  let ascii = true;
  let separated = false;
  for (let i = 0; i < capped.length && ascii; i++) {
    const code = capped.charCodeAt(i);
    if (code === 0x20 || code === 0x2d) separated = true;
    else ascii = code >= 0x30 && code <= 0x39;
  }
  if (ascii) {
    const digits = separated ? capped.replace(/[ -]/g, "") : capped;
    return { digits, invalid: false, invisible: false, truncated };
  }
  let digits = "";
  let invalid = false;
  let invisible = false;
  for (let i = 0; i < capped.length; ) {
    const { digit, width } = digitAt(capped, i);
    if (digit >= 0) digits += String.fromCharCode(0x30 + digit);
    else {
      const code = capped.charCodeAt(i);
      if (isInvisibleControl(code)) {
        invalid = true;
        invisible = true;
      } else if (!isSeparator(code)) invalid = true;
    }
    i += width;
  }
  return { digits, invalid, invisible, truncated };
}
