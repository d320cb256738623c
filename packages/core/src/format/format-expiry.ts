import { capLength, scanDigits } from "../text/normalize";
import { digitGroups } from "../validators/expiry";

/** The most digits an expiry field holds: `MMYY`. */
export const EXPIRY_DIGITS = 4;

/**
 * The `MMYY` digits of a complete date written `MM/YY`, `M/YY`, `MM/YYYY`, `M/YYYY` or `YYYY-MM`
 * (what autofill and people paste; any non-digits separate the parts), or null.
 */
export function parseExpiryDate(input: string): string | null {
  const read = digitGroups(input);
  if (typeof read === "string" || read.groups.length !== 2) return null;
  const [a = "", b = ""] = read.groups;
  const [month, year] = a.length === 4 && b.length <= 2 ? [b, a] : [a, b];
  const m = Number(month);
  if (month.length > 2 || (year.length !== 2 && year.length !== 4) || m < 1 || m > 12) return null;
  return month.padStart(2, "0") + year.slice(-2);
}

/**
 * Pads a month that can only be one digit: `5` becomes `05`, `13` becomes `013` (January, then
 * the year's first digit). Returns the digits and how many zeros went in front (0 or 1).
 */
export function padMonth(digits: string): { digits: string; shift: number } {
  const first = digits.charCodeAt(0) - 48;
  const second = digits.charCodeAt(1) - 48;
  const pad = first >= 2 || (first === 1 && second >= 3);
  return pad ? { digits: `0${digits}`, shift: 1 } : { digits, shift: 0 };
}

/** `MMYY` digits (or fewer) laid out as `M`, `MM / `, `MM / Y`, `MM / YY`. */
export function layoutExpiry(digits: string): string {
  return digits.length < 2 ? digits : `${digits.slice(0, 2)} / ${digits.slice(2, EXPIRY_DIGITS)}`;
}

/**
 * Formats an expiry date as the expiry field shows it, `MM / YY`. Complete dates in any common
 * form (`MM/YYYY`, `YYYY-MM`, `M/YY`, ...) are read as dates; otherwise the digits are taken in
 * order, a month that can only be one digit gets its `0` (`5` -> `05 / `, `13` -> `01 / 3`),
 * and digits past four are dropped. A complete month is followed by ` / ` so the result is
 * exactly what the field shows while typing.
 *
 * @example
 * formatExpiry("12/2030"); // "12 / 30"
 * formatExpiry("2030-03"); // "03 / 30"
 * formatExpiry("5"); // "05 / "
 */
export function formatExpiry(input: string): string {
  if (typeof input !== "string") return "";
  const text = capLength(input);
  const digits = parseExpiryDate(text) ?? padMonth(scanDigits(text).digits).digits;
  return layoutExpiry(digits.slice(0, EXPIRY_DIGITS));
}
