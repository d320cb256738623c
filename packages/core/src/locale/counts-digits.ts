import type { CardField } from "../types";

/**
 * Whether lengths of `field` are counted in digits (number, expiry, security code) rather than in
 * characters (name, postal code). Messages pick their unit with it. The number is the default
 * field.
 */
export function countsDigits(field: CardField | undefined): boolean {
  return field !== "name" && field !== "postalCode";
}
