import { scanDigits } from "../text/normalize";
import { brandOf, groupUnits } from "./format-number";
import { maskChar } from "./mask-char";

/** Options of {@link maskNumber}. */
export interface MaskNumberOptions {
  /**
   * Also show the BIN: the first 6 digits, or 8 for numbers of 16 or more digits (PCI DSS 3.4.1
   * allows at most the BIN and the last four). Numbers shorter than 12 digits never show it.
   * @default false
   */
  readonly showBin?: boolean;
  /**
   * The character shown for each hidden digit: one visible character that is not a digit (see
   * `isMaskChar`); anything else shows the default.
   * @default "•"
   */
  readonly mask?: string;
}

/**
 * Masks a card number for display. By default only the last four digits are shown, after four
 * mask characters (`•••• 4242`), whatever the number's length; with `showBin` the number keeps
 * its grouping and shows its BIN and last four (`4242 42•• •••• 4242`), never more. Numbers of
 * four digits or fewer show no digit at all.
 *
 * @example
 * maskNumber("4242 4242 4242 4242"); // "•••• 4242"
 * maskNumber("4242424242424242", { showBin: true }); // "4242 4242 •••• 4242"
 */
export function maskNumber(pan: string, options: MaskNumberOptions = {}): string {
  const digits = typeof pan === "string" ? scanDigits(pan).digits : "";
  const n = digits.length;
  const mask = maskChar(options.mask);
  if (n === 0) return "";
  if (options.showBin !== true || n < 12)
    return mask.repeat(4) + (n > 4 ? ` ${digits.slice(-4)}` : "");
  // The BIN (8 digits from 16 on, else 6) and the last four, grouped as the number is.
  const head = n >= 16 ? 8 : 6;
  const shown = [...digits].map((digit, i) => (i < head || i >= n - 4 ? digit : mask));
  return groupUnits(shown, brandOf(digits)).join("");
}
