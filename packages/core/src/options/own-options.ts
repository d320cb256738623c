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

/**
 * The options of a call as its entry point reads them: own enumerable properties only, in an
 * object without a prototype (see {@link copyOwn}). Every entry point reads its options through
 * this (or {@link ownRecord}), once, at the boundary.
 */
export function ownOptions<T extends object>(
  options: T | null | undefined,
  name = "options",
): Partial<T> {
  const copy: Partial<T> = Object.create(null);
  return copyOwn(copy, options, name);
}

/** {@link ownOptions} for a reader that checks each value itself. */
export function ownRecord(options: unknown): Readonly<Record<string, unknown>> {
  const copy: Record<string, unknown> = Object.create(null);
  return copyOwn(copy, options, "options");
}
