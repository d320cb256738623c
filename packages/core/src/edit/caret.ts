/**
 * The offset in a formatted `display` just after its `k`-th unit, where units are the characters
 * `isUnit` accepts (ASCII digits by default): 0 for `k <= 0`, the end when there are fewer.
 * Carets never land after a separator this way: `"4242 |4242"` reads as 4 digits and maps back
 * to `"4242| 4242"`.
 */
export function offsetAfterUnits(
  display: string,
  k: number,
  isUnit: (code: number) => boolean = isAsciiDigit,
): number {
  if (k <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < display.length; i++) {
    if (isUnit(display.charCodeAt(i)) && ++seen === k) return i + 1;
  }
  return display.length;
}

/** Whether a UTF-16 code unit is `0`-`9`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
