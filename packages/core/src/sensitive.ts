const REDACTED = "[redacted]";
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * Where every {@link Sensitive}'s secret lives: a module-private map keyed by the instance. An
 * object inspector (Chromium's DevTools, `Runtime.getProperties`, console previews) walks an
 * object's own, private and internal properties, and a private field is one of those; an entry of
 * a map the object does not reference is not. The map is weak, so a dropped instance takes its
 * secret with it.
 */
const secrets = new WeakMap<object, { value: unknown }>();

/**
 * Holds a secret, such as a card security code, so that it cannot leak by accident: `String()`,
 * template literals, `JSON.stringify`, Node's `util.inspect`, `console.log`, object spread and
 * the browser's DevTools all show `[redacted]` or nothing. Only {@link Sensitive.reveal} returns
 * the secret.
 *
 * The secret is not a property of the object at all (neither own, private nor internal), so no
 * `Object.keys`, `structuredClone`, spread, console preview or DevTools expansion reaches it.
 *
 * @example
 * const cvc = new Sensitive("737");
 * `${cvc}`; // "[redacted]"
 * cvc.reveal(); // "737"
 * cvc.wipe(); // cvc.reveal() now returns undefined
 */
export class Sensitive<T> {
  /** Wraps `value`. */
  constructor(value: T) {
    secrets.set(this, { value });
  }

  /** The secret, or `undefined` once wiped (or for an object not made by this constructor). */
  reveal(): T | undefined {
    return secrets.get(this)?.value as T | undefined;
  }

  /** Forgets the secret. Idempotent. */
  wipe(): void {
    secrets.delete(this);
  }

  /** Whether {@link Sensitive.wipe} was called. */
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
}

/** Whether `value` is a {@link Sensitive}. */
export function isSensitive(value: unknown): value is Sensitive<unknown> {
  return value instanceof Sensitive;
}
