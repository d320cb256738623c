const REDACTED = "[redacted]";
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * Holds a secret, such as a card security code, so that it cannot leak by accident: `String()`,
 * template literals, `JSON.stringify`, Node's `util.inspect`, `console.log` and object spread all
 * show `[redacted]` or nothing. Only {@link Sensitive.reveal} returns the secret.
 *
 * The secret lives in a private field, so it is not an own enumerable property, not reachable
 * through `Object.keys`, `structuredClone` or spread.
 *
 * @example
 * const cvc = new Sensitive("737");
 * `${cvc}`; // "[redacted]"
 * cvc.reveal(); // "737"
 * cvc.wipe(); // cvc.reveal() now returns undefined
 */
export class Sensitive<T> {
  #value: T | undefined;
  #wiped = false;

  /** Wraps `value`. */
  constructor(value: T) {
    this.#value = value;
  }

  /** The secret, or `undefined` once wiped. */
  reveal(): T | undefined {
    return this.#value;
  }

  /** Forgets the secret. Idempotent. */
  wipe(): void {
    this.#value = undefined;
    this.#wiped = true;
  }

  /** Whether {@link Sensitive.wipe} was called. */
  get isWiped(): boolean {
    return this.#wiped;
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
