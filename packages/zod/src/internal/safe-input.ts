import { isSensitive, Sensitive } from "@cardward/core";

/**
 * Stands in for a value a field must not read (a function, a proxy, an object that is not the
 * field's shape, a forged `Sensitive`). Core's validators answer any symbol with `invalid_type`
 * and never convert it to text.
 */
export const UNREADABLE: unique symbol = Symbol("cardward.unreadable");

/** Runs `read`; a value that throws while read (a revoked proxy, a throwing trap) is unreadable. */
function attempt(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return UNREADABLE;
  }
}

/** A card number, a cardholder name or a postal code: primitives as they are, objects unread. */
export function readPrimitive(value: unknown): unknown {
  const isObject = (typeof value === "object" && value !== null) || typeof value === "function";
  return isObject ? UNREADABLE : value;
}

/** An own data property, never a getter's result nor an inherited value. */
function ownData(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

/**
 * An expiry: text as it is, `{ month, year }` copied from the object's own data properties into
 * a fresh object (no getter runs, no prototype is consulted), anything else unreadable.
 */
export function readExpiry(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return readPrimitive(value);
  return attempt(() =>
    Array.isArray(value)
      ? UNREADABLE
      : {
          month: readPrimitive(ownData(value, "month")),
          year: readPrimitive(ownData(value, "year")),
        },
  );
}

/** What a security code field reads: the text for core, and the caller's `Sensitive` if any. */
export interface CvcInput {
  /** The code's text, `undefined` for a wiped `Sensitive`, or {@link UNREADABLE}. */
  readonly input: unknown;
  /** The caller's `Sensitive`, when it held text: kept as the output if it is already clean. */
  readonly holder?: Sensitive<string>;
}

/**
 * Whether `value` is a plain `Sensitive` (core's own class, not a subclass, no own properties
 * shadowing `reveal`) that was just seen to hold text: only such a one is handed back as the
 * output, since `card()` reads the output again and a subclass could answer differently.
 */
function isPlainTextHolder(value: Sensitive<unknown>, secret: unknown): value is Sensitive<string> {
  return (
    typeof secret === "string" &&
    Object.getPrototypeOf(value) === Sensitive.prototype &&
    Reflect.ownKeys(value).length === 0
  );
}

/**
 * A security code: text as it is; a `Sensitive` is revealed once, here (one that holds no text
 * is unreadable; a wiped or forged one reads as empty); anything else unreadable. Depends on
 * `Sensitive`'s public API only: the class, `isSensitive`, `tryReveal()` and `isWiped`.
 */
export function readCvc(value: unknown): CvcInput {
  if (typeof value !== "object" || value === null) return { input: readPrimitive(value) };
  try {
    if (!isSensitive(value)) return { input: UNREADABLE };
    // Asked first: a wiped code is an empty one.
    if (value.isWiped) return { input: undefined };
    const secret: unknown = value.tryReveal();
    if (isPlainTextHolder(value, secret)) return { input: secret, holder: value };
    return { input: typeof secret === "string" ? secret : UNREADABLE };
  } catch {
    return { input: UNREADABLE };
  }
}
