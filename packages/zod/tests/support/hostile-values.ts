// Values a hostile or careless caller can hand a schema: proxies that throw or were revoked,
// getters that throw, forged instances, huge strings, values of every type. Self-contained.
import { Sensitive } from "@cardward/core";
import fc from "fast-check";

/** The longest strings tried: far past every cap in core. */
const HUGE = 100_000;

const boom = (): never => {
  throw new Error("hostile");
};

/** A proxy whose every trap throws. */
const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
      defineProperty: boom,
      apply: boom,
    },
  );

/** A proxy already revoked: any operation on it throws. */
const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** An object whose every field a card reads is a throwing getter, conversions included. */
const throwingGetters = (): object => {
  const keys = ["number", "expiry", "cvc", "name", "postalCode", "month", "year", "id", "length"];
  const target = {};
  for (const key of keys) Object.defineProperty(target, key, { get: boom, enumerable: true });
  for (const key of ["toString", "valueOf", Symbol.toPrimitive, "toJSON"]) {
    Object.defineProperty(target, key, { value: boom });
  }
  return target;
};

/** A `Sensitive` made without its constructor: it has no secret, and `reveal()` throws. */
const forgedSensitive = (): object => Object.create(Sensitive.prototype);

/** A `Sensitive` whose `reveal()` throws, and one holding something that is not text. */
class Rigged extends Sensitive<string> {
  override reveal(): never {
    return boom();
  }
}

/** A `Sensitive` that answers its first two `reveal()` calls, then throws. */
class Flaky extends Sensitive<string> {
  #calls = 0;
  override reveal(): string {
    this.#calls += 1;
    return this.#calls > 2 ? boom() : "737";
  }
}

const exotic = fc.constantFrom<() => unknown>(
  () => new Flaky("737"),
  throwingProxy,
  revokedProxy,
  throwingGetters,
  forgedSensitive,
  () => new Rigged("737"),
  () => new Sensitive({ toString: boom }),
  () => new Sensitive("4".repeat(HUGE)),
  () => boom,
  () => Symbol("x"),
  () => 10n ** 30n,
  () => Number.NaN,
  () => -0,
  () => Number.POSITIVE_INFINITY,
  () => new Date(Number.NaN),
  () => Object.create(null),
  () => "4".repeat(HUGE),
  () => "\u0663".repeat(HUGE),
  () => " ".repeat(HUGE),
  () => "\u202e".repeat(HUGE),
);

/** Makes a fresh value each call: fast-check cannot hold a revoked proxy itself. */
export type MakeValue = () => unknown;

const anything = fc
  .anything({ maxDepth: 2, withBigInt: true, withBoxedValues: true, withNullPrototype: true })
  .map(
    (value): MakeValue =>
      () =>
        value,
  );

const leaf: fc.Arbitrary<MakeValue> = fc.oneof(exotic, anything);

const made =
  <K extends string>(fields: Record<K, MakeValue>): MakeValue =>
  () => {
    const value: Record<string, unknown> = {};
    for (const [key, make] of Object.entries<MakeValue>(fields)) value[key] = make();
    return value;
  };

/**
 * Any value a caller can pass, hostile ones often, as a function that makes it: alone, as a
 * card's fields, as an expiry's month and year, or nested deeper.
 */
export const hostileValue: fc.Arbitrary<MakeValue> = fc.oneof(
  leaf,
  fc.record({ number: leaf, expiry: leaf, cvc: leaf, name: leaf, postalCode: leaf }).map(made),
  fc.record({ month: leaf, year: leaf }).map(made),
  fc
    .record({ number: leaf, expiry: fc.record({ month: leaf, year: leaf }).map(made), cvc: leaf })
    .map(made),
);

/** The keys polluting `Object.prototype` is tried with: every option and every field name. */
export const POLLUTED_KEYS = [
  "acceptedBrands",
  "maxLength",
  "luhnValidateUnionPay",
  "now",
  "maxYearsAhead",
  "brand",
  "locale",
  "maxNameLength",
  "postalCodeMinLength",
  "postalCodeMaxLength",
  "reveal",
  "isWiped",
  "number",
  "expiry",
  "cvc",
  "name",
  "postalCode",
  "month",
  "year",
  "params",
  "message",
] as const;

/** Sets `keys` on `Object.prototype` to `value` while `run` runs, then removes them. */
export function withPollutedPrototype<T>(keys: readonly string[], value: unknown, run: () => T): T {
  for (const key of keys) {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  }
  try {
    return run();
  } finally {
    for (const key of keys) Reflect.deleteProperty(Object.prototype, key);
  }
}
