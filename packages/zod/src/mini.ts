// @cardward/zod/mini: the same schemas built on zod/mini, for the smallest bundles.
import type {
  CardOptions,
  CvcOptions,
  ExpiryInput,
  ExpiryOptions,
  NumberOptions,
  Sensitive,
} from "@cardward/core";
import * as z from "zod/mini";
import type { JSONSchema } from "zod/v4/core";
import { crossFieldCheck, describeByTypeCheck } from "./internal/card-checks";
import {
  cvcTransform,
  type Expiry,
  expiryTransform,
  nameTransform,
  numberTransform,
  type Payload,
  postalCodeTransform,
} from "./internal/fields";
import {
  cvcJsonSchema,
  expiryJsonSchema,
  nameJsonSchema,
  numberJsonSchema,
  postalCodeJsonSchema,
  withJsonSchema,
} from "./internal/json-schema";
import {
  cvcOptionsOf,
  nameOptionsOf,
  postalCodeOptionsOf,
  readCardOptions,
  readCvcOptions,
  readExpiryOptions,
  readNumberOptions,
} from "./internal/options";

export type { CardOptions, CvcOptions, ExpiryOptions, NumberOptions } from "@cardward/core";
export type { Expiry as ExpiryValue } from "./internal/fields";
export type { CardwardIssueParams } from "./internal/issues";

/** What {@link cardCvc} takes: the code as typed, or already wrapped (as `collect()` returns it). */
export type CvcInput = string | Sensitive<string>;
/** What {@link cardExpiry} takes: `"MM/YY"` and the other text forms, or `{ month, year }`. */
export type { ExpiryInput } from "@cardward/core";

type Piped<In, Out> = z.ZodMiniPipe<z.ZodMiniCustom<In, In>, z.ZodMiniTransform<Out, In>>;
/** The schema {@link cardNumber} returns: a string in, its ASCII digits out. */
export type CardNumberSchema = Piped<string, string>;
/** The schema {@link cardExpiry} returns: text or `{ month, year }` in, `{ month, year }` out. */
export type CardExpirySchema = Piped<ExpiryInput, Expiry>;
/** The schema {@link cardCvc} returns: text or a `Sensitive` in, a `Sensitive<string>` out. */
export type CardCvcSchema = Piped<CvcInput, Sensitive<string>>;
/** A trimmed text field of {@link card}: the name or the postal code. */
export type CardTextSchema = z.ZodMiniOptional<Piped<string, string>>;
/** The object schema {@link card} returns. */
export type CardSchema = z.ZodMiniObject<{
  number: CardNumberSchema;
  expiry: CardExpirySchema;
  cvc: CardCvcSchema;
  name: CardTextSchema;
  postalCode: CardTextSchema;
}>;

// The input side accepts anything: cardward's transform reads every value and reports every
// issue, so zod never raises (and never echoes the input in) an issue of its own. Its JSON
// Schema is what a client should send.
const field = <In, Out>(
  json: () => JSONSchema.JSONSchema,
  transform: (value: unknown, payload: Payload) => Out,
): Piped<In, Out> => z.pipe(withJsonSchema(z.custom<In>(), json), z.transform<In, Out>(transform));

const numberField = (options: NumberOptions): CardNumberSchema =>
  field(() => numberJsonSchema(options), numberTransform(options));
const expiryField = (options: ExpiryOptions): CardExpirySchema =>
  field(expiryJsonSchema, expiryTransform(options));
const cvcField = (options: CvcOptions): CardCvcSchema =>
  field(() => cvcJsonSchema(options), cvcTransform(options));
const textField = (
  json: () => JSONSchema.JSONSchema,
  transform: (value: unknown, payload: Payload) => string,
): CardTextSchema => z.optional(field(json, transform));

/**
 * A card number: spaces and dashes allowed, Unicode digits read as digits, the brand decided by
 * credit-card-type's rules, the Luhn check. Outputs the ASCII digits. Issues are `custom` with
 * core's code in `params.cardward` and never carry the number. Malformed options throw a
 * `CardwardError` with code `invalid_option`.
 *
 * @example
 * const schema = cardNumber({ acceptedBrands: ["visa", "mastercard"] });
 * schema.parse("4242 4242 4242 4242"); // "4242424242424242"
 */
export function cardNumber(options: NumberOptions = {}): CardNumberSchema {
  return numberField(readNumberOptions(options));
}

/**
 * An expiry date (`MM/YY`, `MM / YY`, `MM/YYYY`, `MMYY`, `YYYY-MM`, or `{ month, year }`).
 * Outputs `{ month, year }` with a four-digit year. Pass `now` on servers and in tests.
 *
 * @example
 * cardExpiry({ now: new Date("2026-01-15") }).parse("03/30"); // { month: 3, year: 2030 }
 */
export function cardExpiry(options: ExpiryOptions = {}): CardExpirySchema {
  return expiryField(readExpiryOptions(options));
}

/**
 * A security code (3 or 4 digits, or the size of `options.brand`), as text or a `Sensitive`.
 * Outputs a `Sensitive<string>` that shows `[redacted]` in every log and serialization;
 * `reveal()` returns the digits.
 *
 * @example
 * cardCvc().parse("737").reveal(); // "737"
 */
export function cardCvc(options: CvcOptions = {}): CardCvcSchema {
  return cvcField(readCvcOptions(options));
}

/**
 * A whole card: an object schema of `number`, `expiry`, `cvc` and the optional `name` and
 * `postalCode`, judged by core's `validateCard` with its cross-field rule (the security code must
 * have the size of the number's brand, or the issue is on path `["cvc"]`). Every failing field is
 * reported. Takes `collect()`'s result from `@cardward/dom` as it is.
 *
 * @example
 * const Checkout = z.object({ card: card({ acceptedBrands: ["visa", "mastercard"] }) });
 * const { card: paid } = Checkout.parse(body);
 * paid.cvc.reveal(); // the digits, only where you pass them on
 */
export function card(options: CardOptions = {}): CardSchema {
  const read = readCardOptions(options);
  return z
    .object({
      number: numberField(read),
      expiry: expiryField(read),
      cvc: cvcField(cvcOptionsOf(read)),
      name: textField(() => nameJsonSchema(read), nameTransform(nameOptionsOf(read))),
      postalCode: textField(
        () => postalCodeJsonSchema(read),
        postalCodeTransform(postalCodeOptionsOf(read)),
      ),
    })
    .check(describeByTypeCheck(), z.check(crossFieldCheck(read)));
}
