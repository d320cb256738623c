import { MAX_INPUT_LENGTH } from "../text/normalize";

/**
 * Whether a string of ASCII digits passes the Luhn (mod 10) check. Returns false for an empty
 * string, any character that is not 0-9 (card-validator's returns true for `""`), anything that
 * is not a string, and strings longer than 256 characters (no card number is; they are not read).
 *
 * @example
 * luhn("4242424242424242"); // true
 * luhn("4242424242424241"); // false
 */
export function luhn(digits: string): boolean {
  if (typeof digits !== "string" || digits.length > MAX_INPUT_LENGTH) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) d = d > 4 ? d * 2 - 9 : d * 2;
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
