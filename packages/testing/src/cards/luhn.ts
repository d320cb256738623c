/**
 * The Luhn (mod 10) check digit that completes `payload` (a string of ASCII digits without its
 * check digit). Core's `luhn` only answers whether a full number passes; generating numbers needs
 * the digit itself.
 *
 * @example
 * luhnCheckDigit("424242424242424"); // 2
 */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  // The check digit is not doubled, so the payload's last digit is.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = payload.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw new RangeError("luhnCheckDigit: the payload must hold digits only.");
    if (double) d = d > 4 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
