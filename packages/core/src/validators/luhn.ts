/**
 * Whether a string of ASCII digits passes the Luhn (mod 10) check. Returns false for an empty
 * string or any character that is not 0-9 (card-validator's returns true for `""`).
 *
 * @example
 * luhn("4242424242424242"); // true
 * luhn("4242424242424241"); // false
 */
export function luhn(digits: string): boolean {
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
