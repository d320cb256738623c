import { ownOptions } from "../options/own-options";
import { isSensitive, Sensitive, unwrapSensitive } from "../sensitive";
import { scanDigits } from "../text/normalize";
import type { CardField, Issue, IssueCode, ValidationResult } from "../types";
import { type CardOptions, type CardResult, readCard, validateCard } from "../validators/card";
import { type NumberOptions, validateNumber } from "../validators/card-number";
import { type CvcOptions, validateCvc } from "../validators/cvc";
import {
  type ExpiryInput,
  type ExpiryOptions,
  type ExpiryResult,
  validateExpiry,
} from "../validators/expiry";
import type { StandardSchemaV1 } from "./standard-schema-v1";

export type { StandardSchemaV1 } from "./standard-schema-v1";

/** An issue of a cardward schema: the Standard Schema issue plus core's stable code. */
export interface CardwardSchemaIssue extends StandardSchemaV1.Issue {
  /** Core's stable issue code, e.g. `"luhn"`. */
  readonly code: IssueCode;
  /** The field, for {@link cardSchema}: `["cvc"]`. Absent for one-field schemas. */
  readonly path?: readonly [CardField];
}

/**
 * A Standard Schema v1 object whose `validate` is synchronous. Its issues carry a message, a
 * stable `code` and, for a card, the field's path; never any card data.
 */
export interface CardwardSchema<Input, Output> extends StandardSchemaV1<Input, Output> {
  /** The Standard Schema properties, with a synchronous `validate`. */
  readonly "~standard": Omit<StandardSchemaV1.Props<Input, Output>, "validate"> & {
    readonly validate: (
      value: unknown,
      options?: StandardSchemaV1.Options,
    ) =>
      | StandardSchemaV1.SuccessResult<Output>
      | { readonly issues: readonly CardwardSchemaIssue[] };
  };
}

/**
 * A card form's values as input elements hold them: the default input type of
 * {@link cardSchema}. Every field is a string, so a form with any of these fields (with or
 * without a name and a postal code) accepts the schema, as TanStack Form and react-hook-form
 * check. Pass your own type for other shapes: `cardSchema<MyValues>()`.
 */
export interface CardFormValues {
  /** The card number as typed. */
  readonly number: string;
  /** The expiry as typed. */
  readonly expiry: string;
  /** The security code as typed. */
  readonly cvc: string;
  /** The cardholder name. */
  readonly name: string;
  /** The postal code. */
  readonly postalCode: string;
}

/** Every card shape {@link cardSchema} reads (it validates any value at run time). */
export interface CardSchemaInput {
  /** The card number as typed. */
  readonly number: string;
  /** The expiry: `"MM/YY"` and the other accepted forms, or `{ month, year }`. */
  readonly expiry: ExpiryInput;
  /** The security code, as text or already wrapped. */
  readonly cvc: string | Sensitive<string>;
  /** The cardholder name, when the form has one. */
  readonly name?: string;
  /** The postal code, when the form has one. */
  readonly postalCode?: string;
}

/** A valid card as {@link cardSchema} returns it. */
export interface CardSchemaOutput {
  /** The card number's digits, ASCII only, no spaces. */
  readonly number: string;
  /** The expiry's month (1-12) and four-digit year. */
  readonly expiry: { readonly month: number; readonly year: number };
  /** The security code's ASCII digits, wrapped so that no log or serialization shows them. */
  readonly cvc: Sensitive<string>;
  /** The cardholder name, trimmed, when one was given. */
  readonly name?: string;
  /** The postal code, trimmed, when one was given. */
  readonly postalCode?: string;
}

/**
 * A Standard Schema over a validator: the output `output` builds from a valid value, else the
 * issues, each with only its message, its code and, for a card's field, its path: never params,
 * never the value.
 */
const schema = <Input, Output, Options extends object, Result extends ValidationResult>(
  check: (value: unknown, options: Partial<Options>) => Result,
  given: Options,
  output: (value: unknown, result: Result) => Output,
): CardwardSchema<Input, Output> => {
  // The options as given now (own properties only): later changes to the object, or to
  // Object.prototype, change nothing. One check of nothing makes a bad option throw here, at
  // creation, rather than on the first value.
  const options = ownOptions(given);
  check(undefined, options);
  return {
    "~standard": {
      version: 1,
      vendor: "cardward",
      validate(value) {
        const result = check(value, options);
        return result.isValid
          ? { value: output(value, result) }
          : {
              issues: result.issues.map(
                ({ code, message, field }: Issue & { field?: CardField }) => ({
                  code,
                  message,
                  ...(field && { path: [field] as const }),
                }),
              ),
            };
      },
    },
  };
};

const digits = (value: unknown): string => scanDigits(String(value)).digits;

/** The `{ month, year }` of a valid expiry's result. */
const dateOf = (_: unknown, { month, year }: ExpiryResult) => ({
  month: month as number,
  year: year as number,
});

// The code's digits in ASCII; the caller's Sensitive is kept when it already holds them.
const sensitiveDigits = (value: unknown): Sensitive<string> => {
  const text = unwrapSensitive(value);
  const ascii = digits(text);
  return isSensitive(value) && text === ascii ? (value as Sensitive<string>) : new Sensitive(ascii);
};

/**
 * A Standard Schema for the card number: its output is the number's ASCII digits.
 *
 * @example
 * const result = numberSchema()["~standard"].validate("4242 4242 4242 4242");
 * result.issues ?? result.value; // "4242424242424242"
 */
export function numberSchema(options: NumberOptions = {}): CardwardSchema<string, string> {
  return schema(validateNumber, options, digits);
}

/**
 * A Standard Schema for the expiry date: its output is `{ month, year }` with a four-digit year.
 * It reads every form `validateExpiry` reads; its declared input is `string` (what an input
 * element holds) unless you name another, e.g. `expirySchema<{ month: number; year: number }>()`.
 *
 * @example
 * const schema = expirySchema({ now: new Date("2026-01-15T00:00:00Z") });
 * schema["~standard"].validate("03/30"); // { value: { month: 3, year: 2030 } }
 */
export function expirySchema<Input extends ExpiryInput = string>(
  options: ExpiryOptions = {},
): CardwardSchema<Input, { readonly month: number; readonly year: number }> {
  return schema(validateExpiry, options, dateOf);
}

/**
 * A Standard Schema for the security code: its output is a `Sensitive<string>` of ASCII digits.
 * It reads a string or a `Sensitive<string>`; its declared input is `string` unless you name
 * `Sensitive<string>`.
 *
 * @example
 * const result = cvcSchema({ brand: "american-express" })["~standard"].validate("1234");
 * `${result.value}`; // "[redacted]"
 */
export function cvcSchema<Input extends string | Sensitive<string> = string>(
  options: CvcOptions = {},
): CardwardSchema<Input, Sensitive<string>> {
  return schema(validateCvc, options, sensitiveDigits);
}

/**
 * A Standard Schema for a whole card, with the cross-field rules of `validateCard` (the security
 * code's length follows the number's brand). Every failing field is reported, each issue with
 * the field as its path (`["cvc"]`), so form libraries show it under that field.
 *
 * @example
 * import { FormApi } from "@tanstack/form-core";
 * const form = new FormApi({
 *   defaultValues: { number: "", expiry: "", cvc: "" },
 *   validators: { onChange: cardSchema({ acceptedBrands: ["visa", "mastercard"] }) },
 * });
 */
export function cardSchema<Input extends CardSchemaInput = CardFormValues>(
  options: CardOptions = {},
): CardwardSchema<Input, CardSchemaOutput> {
  return schema(
    // Anything reads as a card (a primitive's fields are undefined); a valid one is an object.
    validateCard as (value: unknown, options: CardOptions) => CardResult,
    options,
    (value, { expiry }) => {
      // Own properties only, read without any risk of throwing (as validateCard read them).
      const card = readCard(value);
      return {
        number: digits(card.number),
        expiry: dateOf(0, expiry),
        cvc: sensitiveDigits(card.cvc),
        ...(typeof card.name === "string" && { name: card.name.trim() }),
        ...(typeof card.postalCode === "string" && { postalCode: card.postalCode.trim() }),
      };
    },
  );
}
