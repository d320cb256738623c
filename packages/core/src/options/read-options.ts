import { getBrand } from "../brands/detect-brand";
import type { Locale } from "../locale/types";
import type { Brand, BrandId } from "../types";
import { booleanOption, brandListOption, integerOption, localeOption } from "./check-option";
import { invalidOption, ownRecord } from "./own-options";

/**
 * The validators' options as they read them: own properties only (a polluted `Object.prototype`
 * adds nothing), every value checked once at the entry (`invalid_option` otherwise).
 */

/** The longest free text (a name, a postal code) a `maxLength` option may allow. */
export const MAX_TEXT_LENGTH = 256;

/** Any positive length: a card number's `maxLength` only ever lowers the brand's own lengths. */
const ANY_LENGTH = { min: 1, max: Number.MAX_SAFE_INTEGER } as const;

/** The furthest `maxYearsAhead` reaches: no card is issued for a century. */
export const MAX_YEARS_AHEAD_OPTION = 100;

/** Checked options of the card number. */
export interface CheckedNumberOptions {
  readonly acceptedBrands: readonly BrandId[] | undefined;
  readonly maxLength: number | undefined;
  readonly luhnValidateUnionPay: boolean | undefined;
  readonly locale: Locale | undefined;
}

/** No options at all: shared, so a call without options allocates nothing for them. */
const NO_NUMBER_OPTIONS: CheckedNumberOptions = Object.freeze({
  acceptedBrands: undefined,
  maxLength: undefined,
  luhnValidateUnionPay: undefined,
  locale: undefined,
});

/** Reads `validateNumber`'s options (`acceptedBrands`, `maxLength`, ...). */
export function readNumberOptions(options: unknown): CheckedNumberOptions {
  if (options === undefined) return NO_NUMBER_OPTIONS;
  const own = ownRecord(options);
  return {
    acceptedBrands: brandListOption(own.acceptedBrands, "acceptedBrands"),
    maxLength: integerOption(own.maxLength, "maxLength", ANY_LENGTH),
    luhnValidateUnionPay: booleanOption(own.luhnValidateUnionPay, "luhnValidateUnionPay"),
    locale: localeOption(own.locale),
  };
}

/** Checked options of the expiry. */
export interface CheckedExpiryOptions {
  readonly now: Date | (() => Date) | undefined;
  readonly maxYearsAhead: number | undefined;
  readonly locale: Locale | undefined;
}

/** Whether `value` is a Date; a proxy whose traps throw is not. */
function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/** `value` when it is a Date, else an invalid date. */
const dateOrInvalid = (value: unknown): Date => (isDate(value) ? value : new Date(Number.NaN));

/** Reads the expiry's options (`now`, `maxYearsAhead`, `locale`). */
export function readExpiryOptions(options: unknown): CheckedExpiryOptions {
  const own = ownRecord(options);
  const now = own.now;
  if (now !== undefined && !isDate(now) && typeof now !== "function") {
    throw invalidOption("now", "a Date or a function returning one");
  }
  return {
    // A `now` that returns something other than a Date answers an invalid date: the clock then.
    now: typeof now === "function" ? () => dateOrInvalid(now()) : now,
    maxYearsAhead: integerOption(own.maxYearsAhead, "maxYearsAhead", {
      min: 0,
      max: MAX_YEARS_AHEAD_OPTION,
    }),
    locale: localeOption(own.locale),
  };
}

/**
 * The brand a `brand` option names (a Brand or its id): null for none and for an id no brand has
 * (an unknown brand, as the design says: a code of 3 or 4 digits). A Brand is read by its id, so
 * the shared, frozen brand is used; an object whose id cannot be read is an unknown brand. Any
 * other type throws `invalid_option`.
 */
export function brandOption(value: unknown, name = "brand"): Brand | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return getBrand(value);
  if (typeof value !== "object") throw invalidOption(name, "a brand or a brand id");
  try {
    const id: unknown = Reflect.get(value, "id");
    return typeof id === "string" ? getBrand(id) : null;
  } catch {
    return null;
  }
}

/** Checked options of the security code. */
export interface CheckedCvcOptions {
  readonly brand: Brand | null;
  readonly locale: Locale | undefined;
}

/** No options at all (see {@link readNumberOptions}). */
const NO_CVC_OPTIONS: CheckedCvcOptions = Object.freeze({ brand: null, locale: undefined });

/** Reads the security code's options (`brand`, `locale`). */
export function readCvcOptions(options: unknown): CheckedCvcOptions {
  if (options === undefined) return NO_CVC_OPTIONS;
  const own = ownRecord(options);
  return { brand: brandOption(own.brand), locale: localeOption(own.locale) };
}

/** Checked options of a free-text field (the name, the postal code). */
export interface CheckedTextOptions {
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly locale: Locale | undefined;
}

/**
 * Reads a free-text field's options: `maxLength` from 1 to {@link MAX_TEXT_LENGTH}, and (when
 * `withMin`) `minLength` from 0 to the `maxLength` in force (`defaultMax` when absent).
 */
export function readTextOptions(
  options: unknown,
  limits: { readonly withMin: boolean; readonly defaultMax: number },
): CheckedTextOptions {
  const own = ownRecord(options);
  const maxLength = integerOption(own.maxLength, "maxLength", { min: 1, max: MAX_TEXT_LENGTH });
  const minLength = limits.withMin
    ? integerOption(own.minLength, "minLength", { min: 0, max: maxLength ?? limits.defaultMax })
    : undefined;
  return { minLength, maxLength, locale: localeOption(own.locale) };
}
