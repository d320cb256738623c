import { CardwardError, type CardwardErrorCode } from "../errors";

/**
 * The error for an option that cannot be used: code `invalid_option`, the option's name in the
 * message and in `params.option`, never its value (which may be anything, card data included).
 */
export function invalidOption(name: string, expected: string): CardwardError<CardwardErrorCode> {
  return new CardwardError("invalid_option", `Option "${name}" must be ${expected}.`, {
    option: name,
  });
}

/**
 * Copies `options`' own enumerable properties into `copy`, an object without a prototype, so that
 * a polluted `Object.prototype` (`Object.prototype.acceptedBrands = [...]`) cannot add an option
 * the caller never gave. `undefined` and `null` are no options; anything else that is not an
 * object, or whose properties cannot be read (a revoked proxy, a getter that throws), throws
 * `invalid_option`.
 */
function copyOwn<C extends object>(copy: C, options: unknown, name: string): C {
  if (options === undefined || options === null) return copy;
  if (typeof options !== "object") throw invalidOption(name, "an object");
  try {
    return Object.assign(copy, options);
  } catch {
    throw invalidOption(name, "an object whose properties can be read");
  }
}

/** A copy without a prototype (what `Object.create(null)` gives, typed by its caller). */
type BareCopy = ReturnType<typeof Object.create>;

/**
 * The copies of frozen options, each made once: a frozen object's own data properties can never
 * change, so its copy is the same on every call. A binding passes the same frozen options on
 * every keystroke; copying them each time was a measurable part of a keystroke.
 */
const FROZEN_COPIES = new WeakMap<object, BareCopy>();

/** Whether `options` is frozen with data properties only (a getter may answer differently). */
function isFrozenData(options: object): boolean {
  try {
    if (!Object.isFrozen(options)) return false;
    const descriptors = Object.getOwnPropertyDescriptors(options);
    return Reflect.ownKeys(descriptors).every((key) => "value" in Reflect.get(descriptors, key));
  } catch {
    return false;
  }
}

/**
 * The copy of `options` (see {@link copyOwn}): made once for frozen data-only options, whose
 * copy is itself frozen (so it is taken as it is when passed on to another entry point).
 */
function ownCopy(options: unknown, name: string): BareCopy {
  if (typeof options !== "object" || options === null)
    return copyOwn(Object.create(null), options, name);
  const kept = FROZEN_COPIES.get(options);
  if (kept !== undefined) return kept;
  const copy = copyOwn(Object.create(null), options, name);
  if (!isFrozenData(options)) return copy;
  Object.freeze(copy);
  FROZEN_COPIES.set(options, copy);
  FROZEN_COPIES.set(copy, copy);
  return copy;
}

/**
 * The options of a call as its entry point reads them: own enumerable properties only, in an
 * object without a prototype (see {@link copyOwn}). Every entry point reads its options through
 * this (or {@link ownRecord}), once, at the boundary.
 */
export function ownOptions<T extends object>(
  options: T | null | undefined,
  name = "options",
): Partial<T> {
  return ownCopy(options, name);
}

/** {@link ownOptions} for a reader that checks each value itself. */
export function ownRecord(options: unknown): Readonly<Record<string, unknown>> {
  return ownCopy(options, "options");
}
