import {
  type Brand,
  type BrandId,
  type CardOptions,
  CardwardError,
  type CvcOptions,
  type ExpiryOptions,
  en,
  getBrand,
  ISSUE_CODES,
  type Locale,
  type NameOptions,
  type NumberOptions,
  type PostalCodeOptions,
} from "@cardward/core";

/** The longest card number any brand has: `maxLength` may not exceed it. */
const MAX_NUMBER_LENGTH = 19;
/** The furthest `maxYearsAhead` may reach. */
const MAX_YEARS_AHEAD = 99;
/** The longest `maxNameLength` (core reads at most 256 characters of any text). */
const MAX_NAME_LENGTH = 256;
/** The longest postal code any country uses, with room to spare. */
const MAX_POSTAL_CODE_LENGTH = 32;
/** More accepted brands than there are brands is a mistake. */
const MAX_ACCEPTED_BRANDS = 64;

/** Reads one option's value: `undefined` when it is wrong (then the factory throws). */
interface Rule<T> {
  /** The value to use, or `undefined` if the given value is not acceptable. */
  readonly read: (value: unknown) => T | undefined;
  /** What the option must be, for the error message (never the value given). */
  readonly expected: string;
}

/** An own data property: never a getter's result nor an inherited value. */
function ownData(source: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(source, key)?.value;
}

/** Copies `fields` into an object without a prototype, so no read falls through to a polluted one. */
function nullPrototype<T extends object>(fields: T): T {
  return Object.assign(Object.create(null), fields);
}

const integerIn = (min: number, max: number): Rule<number> => ({
  read: (value) =>
    Number.isInteger(value) && Number(value) >= min && Number(value) <= max
      ? Number(value)
      : undefined,
  expected: `an integer from ${min} to ${max}`,
});

const BOOLEAN: Rule<boolean> = {
  read: (value) => (typeof value === "boolean" ? value : undefined),
  expected: "a boolean",
};

const brandOf = (id: unknown): Brand | undefined =>
  typeof id === "string" ? (getBrand(id) ?? undefined) : undefined;

const BRAND_IDS: Rule<readonly BrandId[]> = {
  read: (value) => {
    if (!Array.isArray(value) || value.length > MAX_ACCEPTED_BRANDS) return undefined;
    const ids: BrandId[] = [];
    for (let index = 0; index < value.length; index++) {
      const brand = brandOf(ownData(value, String(index)));
      if (!brand) return undefined;
      ids.push(brand.id);
    }
    return Object.freeze(ids);
  },
  expected: "an array of brand ids",
};

/** A brand, given as core's object or its id: the canonical one from core's table is used. */
const BRAND: Rule<Brand | null> = {
  read: (value) =>
    value === null
      ? null
      : typeof value === "object"
        ? brandOf(ownData(value, "id"))
        : brandOf(value),
  expected: "a brand, a brand id or null",
};

/** A function is taken on trust: it is the merchant's clock, called once per parse. */
const isClockFunction = (value: unknown): value is () => Date => typeof value === "function";

const CLOCK: Rule<Date | (() => Date)> = {
  read: (value) => {
    if (isClockFunction(value)) return value;
    return value instanceof Date && Number.isFinite(value.getTime()) ? value : undefined;
  },
  expected: "a valid Date or a function returning one",
};

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** Whether `value` has a locale's shape: its fields' names and a message for every issue code. */
function isLocale(value: unknown): value is Locale {
  if (!isObject(value) || !isObject(ownData(value, "fields"))) return false;
  const messages = ownData(value, "messages");
  return (
    isObject(messages) && ISSUE_CODES.every((code) => typeof ownData(messages, code) === "function")
  );
}

const LOCALE: Rule<Locale> = {
  read: (value) => (isLocale(value) ? value : undefined),
  expected: "a locale from @cardward/core/locales",
};

/**
 * Reads the options object a factory was given: `undefined` is no options; anything but a plain
 * object (or one whose properties cannot be read) throws a {@link CardwardError} `invalid_option`.
 */
class OptionReader {
  readonly #source: object;
  readonly #factory: string;

  constructor(options: unknown, factory: string) {
    this.#factory = factory;
    if (options === undefined) this.#source = Object.create(null);
    else if (isObject(options) && !this.#attempt("", () => Array.isArray(options))) {
      this.#source = options;
    } else throw this.#error("options must be an object");
  }

  /** The option's own data value: `undefined` when absent, else valid or a thrown error. */
  get<T>(key: string, rule: Rule<T>): T | undefined {
    const value = this.#own(key);
    if (value === undefined) return undefined;
    const read = this.#attempt(key, () => rule.read(value));
    if (read === undefined) throw this.#error(`option ${key} must be ${rule.expected}`);
    return read;
  }

  #own(key: string): unknown {
    const descriptor = this.#attempt(key, () => Object.getOwnPropertyDescriptor(this.#source, key));
    if (descriptor?.get || descriptor?.set)
      throw this.#error(`option ${key} must be a data property`);
    return descriptor?.value;
  }

  // A proxy or a throwing getter in the options is the merchant's configuration error.
  #attempt<T>(key: string, read: () => T): T {
    try {
      return read();
    } catch {
      throw this.#error(key ? `option ${key} could not be read` : "options could not be read");
    }
  }

  #error(problem: string): CardwardError {
    return new CardwardError("invalid_option", `${this.#factory}(): ${problem}.`);
  }
}

/** The options of `cardNumber()`, own properties only, checked, in a prototype-free copy. */
export function readNumberOptions(options: unknown, factory = "cardNumber"): NumberOptions {
  const reader = new OptionReader(options, factory);
  return nullPrototype(numberFields(reader));
}

/**
 * The locale, always set (to core's `en` by default): core copies options with spreads, and an
 * own `locale` keeps a polluted `Object.prototype.locale` out of every copy.
 */
const localeOf = (reader: OptionReader): Locale => reader.get("locale", LOCALE) ?? en;

function numberFields(reader: OptionReader): NumberOptions {
  const locale = localeOf(reader);
  const acceptedBrands = reader.get("acceptedBrands", BRAND_IDS);
  const maxLength = reader.get("maxLength", integerIn(1, MAX_NUMBER_LENGTH));
  const luhnValidateUnionPay = reader.get("luhnValidateUnionPay", BOOLEAN);
  return {
    locale,
    ...(acceptedBrands && { acceptedBrands }),
    ...(maxLength !== undefined && { maxLength }),
    ...(luhnValidateUnionPay !== undefined && { luhnValidateUnionPay }),
  };
}

/** The options of `cardExpiry()`, own properties only, checked, in a prototype-free copy. */
export function readExpiryOptions(options: unknown, factory = "cardExpiry"): ExpiryOptions {
  const reader = new OptionReader(options, factory);
  return nullPrototype(expiryFields(reader));
}

function expiryFields(reader: OptionReader): ExpiryOptions {
  const locale = localeOf(reader);
  const now = reader.get("now", CLOCK);
  const maxYearsAhead = reader.get("maxYearsAhead", integerIn(0, MAX_YEARS_AHEAD));
  return {
    locale,
    ...(now && { now }),
    ...(maxYearsAhead !== undefined && { maxYearsAhead }),
  };
}

/** The options of `cardCvc()`, own properties only, checked, in a prototype-free copy. */
export function readCvcOptions(options: unknown): CvcOptions {
  const reader = new OptionReader(options, "cardCvc");
  const locale = localeOf(reader);
  const brand = reader.get("brand", BRAND);
  return nullPrototype({
    locale,
    ...(brand !== undefined && { brand }),
  });
}

/** The options of `card()`, own properties only, checked, in a prototype-free copy. */
export function readCardOptions(options: unknown): CardOptions {
  const reader = new OptionReader(options, "card");
  const nameLength = integerIn(1, MAX_NAME_LENGTH);
  const postalLength = integerIn(1, MAX_POSTAL_CODE_LENGTH);
  const maxNameLength = reader.get("maxNameLength", nameLength);
  const postalCodeMinLength = reader.get("postalCodeMinLength", postalLength);
  const postalCodeMaxLength = reader.get("postalCodeMaxLength", postalLength);
  if ((postalCodeMinLength ?? 0) > (postalCodeMaxLength ?? MAX_POSTAL_CODE_LENGTH)) {
    throw new CardwardError(
      "invalid_option",
      "card(): option postalCodeMinLength must not exceed postalCodeMaxLength.",
    );
  }
  return nullPrototype({
    ...numberFields(reader),
    ...expiryFields(reader),
    ...(maxNameLength !== undefined && { maxNameLength }),
    ...(postalCodeMinLength !== undefined && { postalCodeMinLength }),
    ...(postalCodeMaxLength !== undefined && { postalCodeMaxLength }),
  });
}

/** The security code's options inside `card()`: the card's locale (the brand is the number's). */
export function cvcOptionsOf(card: CardOptions): CvcOptions {
  return nullPrototype({ locale: card.locale ?? en });
}

/** The cardholder name's options inside `card()`. */
export function nameOptionsOf(card: CardOptions): NameOptions {
  return nullPrototype({ locale: card.locale ?? en, maxLength: card.maxNameLength });
}

/** The postal code's options inside `card()`. */
export function postalCodeOptionsOf(card: CardOptions): PostalCodeOptions {
  return nullPrototype({
    locale: card.locale ?? en,
    minLength: card.postalCodeMinLength,
    maxLength: card.postalCodeMaxLength,
  });
}
