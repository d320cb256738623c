import { capLength, digitAt } from "../text/normalize";

/**
 * Reads the character at `index` as an ASCII digit (any Unicode decimal digit counts) or null,
 * with its width in UTF-16 code units. A lone high surrogate is one code unit wide: it never
 * swallows the character after it.
 */
export function readDigit(text: string, index: number): { unit: string | null; width: number } {
  const { digit, width } = digitAt(text, index);
  const low = text.charCodeAt(index + 1);
  const lone = width === 2 && !(low >= 0xdc00 && low <= 0xdfff);
  return { unit: digit >= 0 ? String.fromCharCode(48 + digit) : null, width: lone ? 1 : width };
}

/** The ASCII digits of `text` (capped first), everything else dropped. */
export function digitsIn(text: string): string {
  const capped = capLength(text);
  let out = "";
  for (let i = 0; i < capped.length; ) {
    const { unit, width } = readDigit(capped, i);
    if (unit !== null) out += unit;
    i += width;
  }
  return out;
}
