import { CardwardError, hasBrand } from "./errors";

const REDACTED = "[redacted]";
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");
/** The brand every copy of cardward (CJS, ESM, another realm) puts on its Sensitive values. */
const SENSITIVE_BRAND = Symbol.for("@cardward/core/Sensitive");

/**
 * Where every {@link Sensitive}'s secret lives: a module-private map keyed by the instance. An
 * object inspector (Chromium's DevTools, `Runtime.getProperties`, console previews) walks an
 * object's own, private and internal properties, and a private field is one of those; an entry of
 * a map the object does not reference is not. The map is weak, so a dropped instance takes its
 * secret with it.
 */
const secrets = new WeakMap<object, { readonly value: unknown }>();

/**
 * Holds a secret, such as a card security code, so that it cannot leak by accident: `String()`,
 * template literals, `JSON.stringify`, Node's `util.inspect`, `console.log`, object spread and
 * the browser's DevTools all show `[redacted]` or nothing. Only {@link Sensitive.reveal} (and
 * {@link Sensitive.tryReveal}) return the secret.
 *
 * The secret is not a property of the object at all (neither own, private nor internal), so no
 * `Object.keys`, `structuredClone`, spread, console preview or DevTools expansion reaches it.
 * `instanceof Sensitive` and {@link Sensitive.is} recognise the values of every copy of the
 * package (its CommonJS and ESM builds side by side, another realm) by a `Symbol.for` brand.
 *
 * @example
 * const cvc = new Sensitive("737");
 * `${cvc}`; // "[redacted]"
 * cvc.reveal(); // "737"
 * cvc.wipe(); // cvc.tryReveal() is now undefined; cvc.reveal() throws `sensitive_wiped`
 */
export class Sensitive<T> {
  /** Wraps `value`. */
  constructor(value: T) {
    secrets.set(this, { value });
  }

  /**
   * The secret. Throws a `CardwardError` with code `sensitive_wiped` once {@link Sensitive.wipe}
   * was called (or for an object that was not made by this constructor, which holds none): use
   * {@link Sensitive.tryReveal} where a wiped value is expected.
   *
   * @example
   * await pay({ cvc: card.cvc.reveal() }); // a string, never undefined
   */
  reveal(): T {
    const held = secrets.get(this);
    if (!held) throw new CardwardError("sensitive_wiped", "The secret was wiped.");
    return held.value as T;
  }

  /** The secret, or `undefined` once wiped (or for an object not made by this constructor). */
  tryReveal(): T | undefined {
    return secrets.get(this)?.value as T | undefined;
  }

  /** Forgets the secret. Idempotent. */
  wipe(): void {
    secrets.delete(this);
  }

  /** Whether the secret is gone: {@link Sensitive.wipe} was called (or there never was one). */
  get isWiped(): boolean {
    return !secrets.has(this);
  }

  /** Always `"[redacted]"`. */
  toString(): string {
    return REDACTED;
  }

  /** Always `"[redacted]"`, so `JSON.stringify` never carries the secret. */
  toJSON(): string {
    return REDACTED;
  }

  /** Always `"[redacted]"` for string and default hints; `NaN` for number hints. */
  [Symbol.toPrimitive](hint: string): string | number {
    return hint === "number" ? NaN : REDACTED;
  }

  /** Node's `util.inspect` and `console.log` show `[redacted]`. */
  [inspectSymbol](): string {
    return REDACTED;
  }

  /** `Object.prototype.toString` shows `[object Sensitive]`. */
  get [Symbol.toStringTag](): string {
    return "Sensitive";
  }

  /** The cross-copy brand; always true. */
  get [SENSITIVE_BRAND](): true {
    return true;
  }

  /** Whether `value` is a Sensitive of any copy of cardward. Never throws. */
  static is(value: unknown): value is Sensitive<unknown> {
    return hasBrand(value, SENSITIVE_BRAND);
  }

  /** `instanceof` recognises the Sensitive values of every copy (see {@link Sensitive.is}). */
  static [Symbol.hasInstance](value: unknown): value is Sensitive<unknown> {
    return hasBrand(value, SENSITIVE_BRAND);
  }
}

/** Whether `value` is a {@link Sensitive} of any copy of cardward. Never throws. */
export function isSensitive(value: unknown): value is Sensitive<unknown> {
  return hasBrand(value, SENSITIVE_BRAND);
}

/**
 * What a value holds for a validator: a Sensitive's secret (of any copy of cardward; `undefined`
 * once wiped), else the value itself. Never throws, even for a forged or hostile object.
 */
export function unwrapSensitive(value: unknown): unknown {
  if (!isSensitive(value)) return value;
  const held = secrets.get(value);
  if (held) return held.value;
  // Another copy's instance keeps its secret in that copy's map: ask it.
  try {
    const tryReveal: unknown = Reflect.get(value, "tryReveal");
    return typeof tryReveal === "function" ? Reflect.apply(tryReveal, value, []) : undefined;
  } catch {
    return undefined;
  }
}
