// @cardward/zod: zod 4 schemas for payment cards over @cardward/core, in zod's own style.
import type {
  CardOptions,
  CvcOptions,
  ExpiryOptions,
  NumberOptions,
  Sensitive,
} from "@cardward/core";
import * as z from "zod";
import { scrubInput } from "./internal/issues";
import {
  crossFieldCheck,
  cvcTransform,
  type Expiry,
  expiryTransform,
  nameTransform,
  numberTransform,
  postalCodeTransform,
} from "./internal/transforms";

export type { CardOptions, CvcOptions, ExpiryOptions, NumberOptions } from "@cardward/core";
export type { CardwardIssueParams } from "./internal/issues";
export type { Expiry as ExpiryValue } from "./internal/transforms";

type Piped<Out> = z.ZodPipe<z.ZodCustom<string, string>, z.ZodTransform<Out, string>>;
/** The schema {@link cardNumber} returns: a string in, its ASCII digits out. */
export type CardNumberSchema = Piped<string>;
/** The schema {@link cardExpiry} returns: text in, `{ month, year }` out. */
export type CardExpirySchema = Piped<Expiry>;
/** The schema {@link cardCvc} returns: text in, a `Sensitive<string>` out. */
export type CardCvcSchema = Piped<Sensitive<string>>;
/** A trimmed text field of {@link card}: the name or the postal code. */
export type CardTextSchema = z.ZodOptional<Piped<string>>;
/** The object schema {@link card} returns. */
export type CardSchema = z.ZodObject<{
  number: CardNumberSchema;
  expiry: CardExpirySchema;
  cvc: CardCvcSchema;
  name: CardTextSchema;
  postalCode: CardTextSchema;
}>;

// Accepts anything: cardward's own transform reads every value and reports every issue, so zod
// never raises (and never echoes the input in) an issue of its own.
const text = () => z.custom<string>();

/**
 * A card number: spaces and dashes allowed, Unicode digits read as digits, the brand decided by
 * credit-card-type's rules, the Luhn check. Outputs the ASCII digits. Issues are `custom` with
 * core's code in `params.cardward` and never carry the number.
 *
 * @example
 * const schema = cardNumber({ acceptedBrands: ["visa", "mastercard"] });
 * schema.parse("4242 4242 4242 4242"); // "4242424242424242"
 */
export function cardNumber(options: NumberOptions = {}): CardNumberSchema {
  return text().transform(numberTransform(options));
}

/**
 * An expiry date (`MM/YY`, `MM / YY`, `MM/YYYY`, `MMYY`, `YYYY-MM`, or `{ month, year }` at run
 * time). Outputs `{ month, year }` with a four-digit year. Pass `now` on servers and in tests.
 *
 * @example
 * cardExpiry({ now: new Date("2026-01-15") }).parse("03/30"); // { month: 3, year: 2030 }
 */
export function cardExpiry(options: ExpiryOptions = {}): CardExpirySchema {
  return text().transform(expiryTransform(options));
}

/**
 * A security code (3 or 4 digits, or the size of `options.brand`). Outputs a `Sensitive<string>`
 * that shows `[redacted]` in every log and serialization; `reveal()` returns the digits.
 *
 * @example
 * cardCvc().parse("737").reveal(); // "737"
 */
export function cardCvc(options: CvcOptions = {}): CardCvcSchema {
  return text().transform(cvcTransform(options));
}

/**
 * A whole card: an object schema of `number`, `expiry`, `cvc` and the optional `name` and
 * `postalCode`, with `validateCard`'s cross-field rule: the security code must have the size of
 * the number's brand, or the issue is on path `["cvc"]`. Every failing field is reported.
 *
 * @example
 * const Checkout = z.object({ card: card({ acceptedBrands: ["visa", "mastercard"] }) });
 * const { card: paid } = Checkout.parse(body);
 * paid.cvc.reveal(); // the digits, only where you pass them on
 */
export function card(options: CardOptions = {}): CardSchema {
  return z
    .object(
      {
        number: cardNumber(options),
        expiry: cardExpiry(options),
        cvc: cardCvc(options.locale ? { locale: options.locale } : {}),
        name: text().transform(nameTransform(options)).optional(),
        postalCode: text().transform(postalCodeTransform(options)).optional(),
      },
      { error: scrubInput },
    )
    .check(z.superRefine(crossFieldCheck(options)));
}
