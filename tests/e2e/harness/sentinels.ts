// The card the leak audit types: an American Express number (so the security code is the
// 4-digit CID, the least likely to turn up by chance) that passes Luhn, and its code.
import type { Sentinel } from "./leak-audit";

/** Appends the Luhn check digit to `payload`. */
export function withLuhn(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((char, index) => {
    let digit = Number(char);
    if (index % 2 === 0) digit *= 2;
    sum += digit > 9 ? digit - 9 : digit;
  });
  return `${payload}${(10 - (sum % 10)) % 10}`;
}

/** The sentinel card number (15 digits, American Express, Luhn-valid). */
export const SENTINEL_NUMBER = withLuhn("37461958203716");
/** The sentinel security code (4-digit CID). */
export const SENTINEL_CVC = "8263";

/** What the audit looks for: the CVC never anywhere, the number only where the payer sees it. */
export const SENTINELS: readonly Sentinel[] = [
  { label: "cvc", digits: SENTINEL_CVC, shownToPayer: false },
  { label: "number", digits: SENTINEL_NUMBER, shownToPayer: true },
];

/** An expiry a few years ahead (typed as digits: the field formats it). */
export function futureExpiry(now: Date = new Date()): string {
  return `12${String((now.getUTCFullYear() + 3) % 100).padStart(2, "0")}`;
}
