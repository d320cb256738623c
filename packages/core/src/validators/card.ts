import type { LocaleOptions } from "../locale/types";
import type { Brand, BrandId, CardField, Issue, ValidationResult } from "../types";
import { type NumberResult, validateNumber } from "./card-number";
import { type NameResult, validateCardholderName } from "./cardholder-name";
import { type CvcResult, validateCvc } from "./cvc";
import { type ExpiryResult, validateExpiry } from "./expiry";
import { type PostalCodeResult, validatePostalCode } from "./postal-code";

/** A whole card as entered. Every field is read as `unknown`; `name` and `postalCode` are optional. */
export interface CardInput {
  /** The card number (a string, or a number as card-validator allows). */
  readonly number: unknown;
  /** The expiry: text such as `"03/26"` or `{ month, year }`. */
  readonly expiry: unknown;
  /** The security code: a string or a `Sensitive<string>`. */
  readonly cvc: unknown;
  /** The cardholder name; validated only when the key is present and not undefined. */
  readonly name?: unknown;
  /** The postal code; validated only when the key is present and not undefined. */
  readonly postalCode?: unknown;
}

/** Options of {@link validateCard}: every field's options in one object. */
export interface CardOptions extends LocaleOptions {
  /**
   * The brands the merchant accepts; any other brand yields `unsupported_brand`.
   * @default every brand
   */
  readonly acceptedBrands?: readonly BrandId[];
  /**
   * Longest card number accepted (card-validator's `maxLength`).
   * @default the brand's longest length
   */
  readonly maxLength?: number;
  /**
   * Require UnionPay numbers to pass the Luhn check.
   * @default false
   */
  readonly luhnValidateUnionPay?: boolean;
  /**
   * Today, for the expiry. When absent the expiry validator calls `new Date()` once.
   * @default () => new Date()
   */
  readonly now?: Date | (() => Date);
  /**
   * How many years ahead the expiry may be.
   * @default 19
   */
  readonly maxYearsAhead?: number;
  /**
   * Longest cardholder name.
   * @default 100
   */
  readonly maxNameLength?: number;
  /**
   * Fewest characters in the postal code.
   * @default 3
   */
  readonly postalCodeMinLength?: number;
  /**
   * Most characters in the postal code.
   * @default 10
   */
  readonly postalCodeMaxLength?: number;
}

/** An issue of one field of the card. */
export type CardIssue = Issue & { readonly field: CardField };

/** The result of {@link validateCard}: every field's result and the card's issues in one list. */
export interface CardResult {
  /** Every field is valid. */
  readonly isValid: boolean;
  /** Every field is valid or may still become valid. */
  readonly isPotentiallyValid: boolean;
  /** The number's brand, once certain. */
  readonly brand: Brand | null;
  /** Every failing field's issues, in field order: number, expiry, cvc, name, postalCode. */
  readonly issues: readonly CardIssue[];
  /** The number's result. */
  readonly number: NumberResult;
  /** The expiry's result. */
  readonly expiry: ExpiryResult;
  /** The security code's result, checked against the number's brand. */
  readonly cvc: CvcResult;
  /** The name's result, when a name was given. */
  readonly name?: NameResult;
  /** The postal code's result, when one was given. */
  readonly postalCode?: PostalCodeResult;
}

/**
 * Validates a whole card: each field with its own validator, plus the cross-field rules: the
 * security code must have the size of the number's brand (4 digits for American Express, 3 or 4
 * while the brand is unknown) and `acceptedBrands` applies to the number. The result holds no
 * card data. Never throws.
 *
 * @example
 * const result = validateCard(
 *   { number: "3782 822463 10005", expiry: "03/30", cvc: "123" },
 *   { now: new Date("2026-01-15T00:00:00Z") },
 * );
 * result.isValid; // false
 * result.issues.map((i) => `${i.field}:${i.code}`); // ["cvc:cvc_length"]
 */
export function validateCard(input: CardInput, options: CardOptions = {}): CardResult {
  const card = (input ?? {}) as Partial<CardInput>;
  // Each validator reads its own options out of the card's (their names match).
  const number = validateNumber(card.number, options);
  const results: { -readonly [F in CardField]?: ValidationResult } = {
    number,
    expiry: validateExpiry(card.expiry, options),
    cvc: validateCvc(card.cvc, { ...options, brand: number.brand }),
  };
  if (card.name !== undefined) {
    results.name = validateCardholderName(card.name, {
      ...options,
      maxLength: options.maxNameLength,
    });
  }
  if (card.postalCode !== undefined) {
    results.postalCode = validatePostalCode(card.postalCode, {
      ...options,
      minLength: options.postalCodeMinLength,
      maxLength: options.postalCodeMaxLength,
    });
  }
  const fields = Object.entries(results) as [CardField, ValidationResult][];
  return {
    isValid: fields.every(([, r]) => r.isValid),
    isPotentiallyValid: fields.every(([, r]) => r.isPotentiallyValid),
    brand: number.brand,
    issues: fields.flatMap(([field, r]) => r.issues.map((issue) => ({ ...issue, field }))),
    ...(results as Pick<CardResult, "number" | "expiry" | "cvc" | "name" | "postalCode">),
  };
}
