// @cardward/zod/mini: the same schemas built on zod/mini, for the smallest bundles.
import type {
  CardOptions,
  CvcOptions,
  ExpiryOptions,
  NumberOptions,
  Sensitive,
} from "@cardward/core";
import * as z from "zod/mini";
import { scrubInput } from "./internal/issues";
import {
  crossFieldCheck,
  cvcTransform,
  type Expiry,
  expiryTransform,
  nameTransform,
  numberTransform,
  type Payload,
  postalCodeTransform,
} from "./internal/transforms";

export type { CardOptions, CvcOptions, ExpiryOptions, NumberOptions } from "@cardward/core";
export type { CardwardIssueParams } from "./internal/issues";
export type { Expiry as ExpiryValue } from "./internal/transforms";

type Piped<Out> = z.ZodMiniPipe<z.ZodMiniCustom<string, string>, z.ZodMiniTransform<Out, string>>;
/** The schema {@link cardNumber} returns: a string in, its ASCII digits out. */
export type CardNumberSchema = Piped<string>;
/** The schema {@link cardExpiry} returns: text in, `{ month, year }` out. */
export type CardExpirySchema = Piped<Expiry>;
/** The schema {@link cardCvc} returns: text in, a `Sensitive<string>` out. */
export type CardCvcSchema = Piped<Sensitive<string>>;
/** A trimmed text field of {@link card}: the name or the postal code. */
export type CardTextSchema = z.ZodMiniOptional<Piped<string>>;
/** The object schema {@link card} returns. */
export type CardSchema = z.ZodMiniObject<{
  number: CardNumberSchema;
  expiry: CardExpirySchema;
  cvc: CardCvcSchema;
  name: CardTextSchema;
  postalCode: CardTextSchema;
}>;

// See the classic entry: zod never raises an issue of its own on these.
const piped = <Out>(transform: (value: unknown, payload: Payload) => Out): Piped<Out> =>
  z.pipe(z.custom<string>(), z.transform<string, Out>(transform));

/**
 * A card number; outputs its ASCII digits. Same behaviour as `@cardward/zod`'s `cardNumber`.
 *
 * @example
 * cardNumber().parse("4242 4242 4242 4242"); // "4242424242424242"
 */
export function cardNumber(options: NumberOptions = {}): CardNumberSchema {
  return piped(numberTransform(options));
}

/**
 * An expiry date; outputs `{ month, year }` with a four-digit year.
 *
 * @example
 * cardExpiry({ now: new Date("2026-01-15") }).parse("03/30"); // { month: 3, year: 2030 }
 */
export function cardExpiry(options: ExpiryOptions = {}): CardExpirySchema {
  return piped(expiryTransform(options));
}

/**
 * A security code; outputs a `Sensitive<string>`.
 *
 * @example
 * cardCvc().parse("737").reveal(); // "737"
 */
export function cardCvc(options: CvcOptions = {}): CardCvcSchema {
  return piped(cvcTransform(options));
}

/**
 * A whole card with the cross-field rule (the CVC's size follows the number's brand, issue on
 * `["cvc"]`); every failing field is reported.
 *
 * @example
 * const Checkout = z.object({ card: card({ acceptedBrands: ["visa", "mastercard"] }) });
 */
export function card(options: CardOptions = {}): CardSchema {
  return z
    .object(
      {
        number: cardNumber(options),
        expiry: cardExpiry(options),
        cvc: cardCvc(options.locale ? { locale: options.locale } : {}),
        name: z.optional(piped(nameTransform(options))),
        postalCode: z.optional(piped(postalCodeTransform(options))),
      },
      { error: scrubInput },
    )
    .check(z.superRefine(crossFieldCheck(options)));
}
