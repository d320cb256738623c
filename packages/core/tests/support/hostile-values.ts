import fc from "fast-check";
import { Sensitive } from "../../src/sensitive";

/**
 * Values a hostile or careless caller can hand any function: proxies whose traps throw (or that
 * are revoked), objects whose getters or conversions throw, forged, wiped and rigged Sensitive
 * values, huge strings, values of every type, and objects shaped like the arguments core expects
 * (states, edits, cards, expiries, options) with hostile values inside. Each is made fresh per
 * run, so one call cannot spoil the next.
 *
 * The one set of hostile values of the repository's tests: core's never-throws table and zod's
 * hostile-input tests both draw from it (zod through a relative import: test code only).
 */

/** Names core reads from the objects it is given: every one gets a throwing getter or a trap. */
export const READ_KEYS = [
  "value",
  "selectionStart",
  "selectionEnd",
  "secret",
  "kind",
  "inputType",
  "data",
  "number",
  "expiry",
  "cvc",
  "name",
  "postalCode",
  "month",
  "year",
  "id",
  "code",
  "lengths",
  "gaps",
  "messages",
  "acceptedBrands",
  "maxLength",
  "minLength",
  "locale",
  "brand",
  "mask",
  "reveal",
  "showBin",
  "now",
  "maxYearsAhead",
  "expected",
  "field",
  "length",
] as const;

const fail = (): never => {
  throw new Error("hostile");
};

/** A proxy every trap of which throws. */
export const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: fail,
      getPrototypeOf: fail,
      getOwnPropertyDescriptor: fail,
      has: fail,
      ownKeys: fail,
      defineProperty: fail,
      set: fail,
      isExtensible: fail,
      preventExtensions: fail,
      setPrototypeOf: fail,
      deleteProperty: fail,
    },
  );

/** A revoked proxy: every operation on it throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The conversions a value goes through when it is read as text or serialized. */
const CONVERSIONS = ["toString", "valueOf", Symbol.toPrimitive, "toJSON"] as const;

/**
 * An object whose every getter (own, enumerable, for every name core reads) throws, and whose
 * conversions to text or a primitive throw too.
 */
export function throwingGetters(): object {
  const object = {};
  for (const key of READ_KEYS) Object.defineProperty(object, key, { get: fail, enumerable: true });
  for (const key of CONVERSIONS) Object.defineProperty(object, key, { value: fail });
  return object;
}

/** A Sensitive made without its constructor: it holds no secret. */
export const forgedSensitive = (): object => Object.create(Sensitive.prototype);

/** A wiped Sensitive. */
export function wipedSensitive(): Sensitive<string> {
  const sensitive = new Sensitive("737");
  sensitive.wipe();
  return sensitive;
}

/** A Sensitive whose `reveal()` throws (a subclass overriding it). */
class RiggedSensitive extends Sensitive<string> {
  override reveal(): never {
    return fail();
  }
}

/** A Sensitive that answers its first two `reveal()` calls, then throws. */
class FlakySensitive extends Sensitive<string> {
  #calls = 0;
  override reveal(): string {
    this.#calls += 1;
    return this.#calls > 2 ? fail() : "737";
  }
}

/** One megabyte and ten megabytes: what a caller pasting a file, or an attacker, sends. */
export const MEGABYTE = 1_000_000;
const HUGE: readonly string[] = [
  "4".repeat(MEGABYTE),
  "\u200b".repeat(MEGABYTE),
  " ".repeat(MEGABYTE),
  "1/".repeat(MEGABYTE / 2),
  "\u0663".repeat(MEGABYTE),
  "\u202e".repeat(MEGABYTE),
  "4".repeat(10 * MEGABYTE),
];

/**
 * A recipe for a hostile value: fast-check itself looks into the values it generates, and a
 * revoked proxy throws at it, so the property makes each value from its recipe when it runs.
 */
export interface Hostile {
  /** What the value is, for fast-check's counterexamples. */
  readonly label: string;
  /** Makes a fresh value. */
  readonly make: () => unknown;
  /** The label, so a counterexample says what failed. */
  toString(): string;
}

const hostile = (label: string, make: () => unknown): Hostile => ({
  label,
  make,
  toString: () => label,
});

/** The hostile leaves: values that are hostile on their own. */
const leaf: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constant(hostile("a proxy whose traps throw", throwingProxy)),
  fc.constant(hostile("a revoked proxy", revokedProxy)),
  fc.constant(hostile("an object whose getters throw", throwingGetters)),
  fc.constant(hostile("a forged Sensitive", forgedSensitive)),
  fc.constant(hostile("a wiped Sensitive", wipedSensitive)),
  fc.constant(hostile("a Sensitive whose reveal throws", () => new RiggedSensitive("737"))),
  fc.constant(hostile("a Sensitive whose third reveal throws", () => new FlakySensitive("737"))),
  fc.constant(hostile("a Sensitive of an object", () => new Sensitive({ toString: fail }))),
  fc.constant(hostile("a function that throws", () => fail)),
  fc.constant(hostile("a symbol", () => Symbol("hostile"))),
  fc.constant(hostile("10n ** 30n", () => 10n ** 30n)),
  fc.constant(hostile("an invalid Date", () => new Date(Number.NaN))),
  fc.constant(hostile("Object.create(null)", () => Object.create(null))),
  fc.constantFrom(...HUGE).map((text) => hostile(`${text.length} characters`, () => text)),
  fc
    .constantFrom(...HUGE)
    .map((text) => hostile(`a Sensitive of ${text.length}`, () => new Sensitive(text))),
  fc
    .anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withBoxedValues: true,
      withNullPrototype: true,
    })
    .map((value) => hostile(fc.stringify(value), () => value)),
  fc
    .string({ unit: "binary", maxLength: 40 })
    .map((text) => hostile(fc.stringify(text), () => text)),
  fc
    .constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 2 ** 53, -0)
    .map((n) => hostile(String(n), () => n)),
);

/** A plausible value inside a shaped object: the words core looks for. */
const word = fc
  .constantFrom("input", "replace", "insertText", "insertFromPaste", "visa", "4242")
  .map((text) => hostile(JSON.stringify(text), () => text));

/** An object shaped like what core reads, each named property hostile (or plausible). */
const shaped: fc.Arbitrary<Hostile> = fc
  .subarray([...READ_KEYS], { minLength: 1, maxLength: 6 })
  .chain((keys) =>
    fc.tuple(
      fc.constant(keys),
      fc.array(fc.oneof(leaf, word), { minLength: keys.length, maxLength: keys.length }),
    ),
  )
  .map(([keys, values]) =>
    hostile(`{ ${keys.map((key, i) => `${key}: ${values[i]}`).join(", ")} }`, () =>
      Object.fromEntries(keys.map((key, i) => [key, values[i]?.make()])),
    ),
  );

/** An object of `fields`, each made fresh from its recipe. */
const made = (fields: Readonly<Record<string, Hostile>>): Hostile =>
  hostile(
    `{ ${Object.entries(fields)
      .map(([key, value]) => `${key}: ${value}`)
      .join(", ")} }`,
    () => Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value.make()])),
  );

/** A card whose expiry is itself an object of month and year, every leaf hostile. */
const nestedCard: fc.Arbitrary<Hostile> = fc
  .record({
    number: leaf,
    expiry: fc.record({ month: leaf, year: leaf }).map(made),
    cvc: leaf,
  })
  .map(made);

/**
 * Any hostile value: a leaf, an object of the expected shape holding hostile leaves, or a card
 * nested one level deeper.
 */
export const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(leaf, shaped, nestedCard);

/** No value at all (an omitted argument). */
export const omitted: Hostile = hostile("undefined", () => undefined);

/**
 * A prototype pollution to apply around one call: a few of the names core reads, set on
 * `Object.prototype` to plausible or hostile values (never a getter: the test runner itself
 * reads objects between calls).
 */
export const pollution: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...READ_KEYS),
  fc.oneof(
    fc.constantFrom(true, 1, 0, Number.NaN, "visa", ["visa"], "4242", "*", {}),
    fc.constant(null).map(() => new Date(0)),
  ),
  { maxKeys: 4 },
);
