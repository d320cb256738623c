import fc from "fast-check";
import { Sensitive } from "../../src/sensitive";

/**
 * Values a hostile or careless caller can hand any function: proxies whose traps throw (or that
 * are revoked), objects whose getters throw, forged and wiped Sensitive values, huge strings, and
 * objects shaped like the arguments core expects (states, edits, cards, expiries, options) with
 * hostile values inside. Each is made fresh per run, so one call cannot spoil the next.
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

/** An object whose every getter (own, enumerable, for every name core reads) throws. */
export function throwingGetters(): object {
  const object = {};
  for (const key of READ_KEYS) Object.defineProperty(object, key, { get: fail, enumerable: true });
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

/** One megabyte and ten megabytes: what a caller pasting a file, or an attacker, sends. */
export const MEGABYTE = 1_000_000;
const HUGE: readonly string[] = [
  "4".repeat(MEGABYTE),
  "\u200b".repeat(MEGABYTE),
  " ".repeat(MEGABYTE),
  "1/".repeat(MEGABYTE / 2),
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
  fc.constantFrom(...HUGE).map((text) => hostile(`${text.length} characters`, () => text)),
  fc
    .constantFrom(...HUGE)
    .map((text) => hostile(`a Sensitive of ${text.length}`, () => new Sensitive(text))),
  fc
    .anything({ withBigInt: true, withDate: true, withMap: true, withSet: true })
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

/** Any hostile value: a leaf, or an object of the expected shape holding hostile leaves. */
export const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(leaf, shaped);

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
