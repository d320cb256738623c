import type { LocaleOptions } from "../locale/types";
import { integerOption } from "../options/check-option";
import { ownOptions } from "../options/own-options";
import { MAX_TEXT_LENGTH } from "../options/read-options";
import type { Brand, BrandId, CardField, Issue, ValidationResult } from "../types";
import { type NumberResult, validateNumber } from "./card-number";
import { validateCardholderName } from "./cardholder-name";
import { type CvcResult, validateCvc } from "./cvc";
import { type ExpiryResult, validateExpiry } from "./expiry";
import { DEFAULT_MAX_POSTAL_CODE_LENGTH, validatePostalCode } from "./postal-code";

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

/** What a field that cannot be read holds: not a string, so its validator says `invalid_type`. */
const UNREADABLE = Symbol("unreadable");

/** The card's fields, as own properties only (a polluted prototype adds no field). */
export type CardFields = { readonly [F in CardField]: unknown };

/**
 * Reads the card's fields: own properties of an object, `undefined` when absent (or when the
 * card is not an object), {@link UNREADABLE} when reading throws (a revoked proxy, a getter that
 * throws). Never throws.
 */
export function readCard(input: unknown): CardFields {
  const read = (field: CardField): unknown => {
    if (typeof input !== "object" || input === null) return undefined;
    try {
      return Object.hasOwn(input, field) ? Reflect.get(input, field) : undefined;
    } catch {
      return UNREADABLE;
    }
  };
  return {
    number: read("number"),
    expiry: read("expiry"),
    cvc: read("cvc"),
    name: read("name"),
    postalCode: read("postalCode"),
  };
}

/** The card's options, own properties only; the lengths of the name and postal code checked. */
function readCardOptions(given: CardOptions | undefined): Readonly<Partial<CardOptions>> {
  const options = ownOptions(given);
  integerOption(options.maxNameLength, "maxNameLength", { min: 1, max: MAX_TEXT_LENGTH });
  const postalMax = options.postalCodeMaxLength;
  integerOption(postalMax, "postalCodeMaxLength", { min: 1, max: MAX_TEXT_LENGTH });
  integerOption(options.postalCodeMinLength, "postalCodeMinLength", {
    min: 0,
    max: postalMax ?? DEFAULT_MAX_POSTAL_CODE_LENGTH,
  });
  return options;
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
  readonly name?: ValidationResult;
  /** The postal code's result, when one was given. */
  readonly postalCode?: ValidationResult;
}

/**
 * Validates a whole card: each field with its own validator, plus the cross-field rules: the
 * security code must have the size of the number's brand (4 digits for American Express, 3 or 4
 * while the brand is unknown) and `acceptedBrands` applies to the number. The result holds no
 * card data. Never throws for any input (fields are read as own properties; one that cannot be
 * read is `invalid_type`); options that cannot be used throw a `CardwardError`
 * (`invalid_option`).
 *
 * @example
 * const result = validateCard(
 *   { number: "3782 822463 10005", expiry: "03/30", cvc: "123" },
 *   { now: new Date("2026-01-15T00:00:00Z") },
 * );
 * result.isValid; // false
 * result.issues.map((i) => `${i.field}:${i.code}`); // ["cvc:cvc_length"]
 */
export function validateCard(input: CardInput, given?: CardOptions): CardResult {
  const options = readCardOptions(given);
  const card = readCard(input);
  // Each validator reads its own options out of the card's (their names match).
  const number = validateNumber(card.number, options);
  const results: { -readonly [F in CardField]?: ValidationResult } = {
    number,
    expiry: validateExpiry(card.expiry, options),
    cvc: validateCvc(card.cvc, { locale: options.locale, brand: number.brand }),
  };
  if (card.name !== undefined) {
    results.name = validateCardholderName(card.name, {
      locale: options.locale,
      maxLength: options.maxNameLength,
    });
  }
  if (card.postalCode !== undefined) {
    results.postalCode = validatePostalCode(card.postalCode, {
      locale: options.locale,
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
