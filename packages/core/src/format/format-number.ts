import { matchDigits, onlyBrand } from "../brands/detect-brand";
import { brandOption } from "../options/read-options";
import { scanDigits } from "../text/normalize";
import type { Brand } from "../types";

/** The longest card number (ISO/IEC 7812), used while the brand is not known. */
export const MAX_NUMBER_LENGTH = 19;

/** The brand the digits certainly belong to, or null while several (or none) match. */
export function brandOf(digits: string): Brand | null {
  return onlyBrand(matchDigits(digits));
}

/**
 * Whether a space goes before digit `i` (0-based, `i >= 1`): at the brand's gaps, then every
 * step of its last group (so a 19-digit Visa reads 4-4-4-4-3); every 4 digits without a brand.
 */
export function isGap(brand: Brand | null, i: number): boolean {
  const gaps = brand?.gaps ?? [];
  const last = gaps[gaps.length - 1];
  if (last === undefined) return i % 4 === 0;
  if (i <= last) return gaps.includes(i);
  const step = last - (gaps[gaps.length - 2] ?? 0);
  return step > 0 && (i - last) % step === 0;
}

/** Each digit (or what stands for it) as shown for `brand`: with a space before it at a gap. */
export const groupUnits = (units: readonly string[], brand: Brand | null): string[] =>
  units.map((unit, i) => (i && isGap(brand, i) ? ` ${unit}` : unit));

/**
 * Formats a card number for display: its digits (Unicode digits read as digits; separators,
 * letters and invisible characters dropped) grouped with single spaces by the brand's gaps. The
 * brand is detected from the digits unless given; `null` or an unknown prefix groups 4-4-4-4-3.
 * Nothing is cut: the edit model, not the formatter, enforces a brand's length.
 *
 * @example
 * formatNumber("4242424242424242"); // "4242 4242 4242 4242"
 * formatNumber("378282246310005"); // "3782 822463 10005"
 */
export function formatNumber(input: string, givenBrand?: Brand | null): string {
  // A brand that is not one throws `invalid_option` (it is read by its id).
  const brand = givenBrand === undefined ? undefined : brandOption(givenBrand);
  const digits = typeof input === "string" ? scanDigits(input).digits : "";
  return groupUnits([...digits], brand === undefined ? brandOf(digits) : brand).join("");
}
