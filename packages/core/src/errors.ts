import type { CardField, IssueCode } from "./types";

/**
 * Stable codes of the {@link CardwardError}s core throws. Other packages throw their own codes
 * (`@cardward/dom` lists its codes in its own `DomErrorCode`).
 */
export type CardwardErrorCode =
  /** An option has a value it cannot take; `params.option` names it. */
  | "invalid_option"
  /** `Sensitive.prototype.reveal()` was called after `wipe()`. */
  | "sensitive_wiped";

/** What a {@link CardwardError} says beyond its code: names only, never a value. */
export interface CardwardErrorDetails {
  /** For `invalid_card`: each invalid field's issue codes. */
  readonly fields?: Readonly<Partial<Record<CardField, readonly IssueCode[]>>>;
  /** For `invalid_option`: the option's name, e.g. `"maxLength"`. */
  readonly option?: string;
}

/** The brand every copy of cardward (CJS, ESM, another realm) puts on its errors. */
const ERROR_BRAND = Symbol.for("@cardward/core/CardwardError");

/**
 * The one error cardward throws or returns. Its message and properties carry codes and names
 * only, never card data, so it is safe to log or report. `instanceof CardwardError` and
 * {@link CardwardError.is} recognise errors from any copy of the package (its CommonJS and ESM
 * builds loaded side by side, another realm), by a `Symbol.for` brand.
 *
 * @typeParam Code - the codes of the package that throws it: core's {@link CardwardErrorCode},
 * `@cardward/dom`'s `DomErrorCode`; any string when not known (an error caught anywhere).
 */
export class CardwardError<Code extends string = string> extends Error {
  // Declared, not defined: the constructor assigns them, so no class fields are emitted for them.
  /** Stable machine-readable code. */
  declare readonly code: Code;
  /** For `invalid_card`: each invalid field's issue codes (empty otherwise). */
  declare readonly fields: Readonly<Partial<Record<CardField, readonly IssueCode[]>>>;
  /** Names that explain the error, e.g. `{ option: "maxLength" }` (empty otherwise). */
  declare readonly params: { readonly option?: string };

  /** Creates an error with a stable code, a value-free message and optional details. */
  constructor(code: Code, message: string, details: CardwardErrorDetails = {}) {
    super(message);
    this.code = code;
    this.fields = details.fields ?? {};
    this.params = details.option === undefined ? {} : { option: details.option };
    this.name = "CardwardError";
  }

  /** Whether `value` is a CardwardError of any copy of cardward. Never throws. */
  static is(value: unknown): value is CardwardError {
    return hasBrand(value, ERROR_BRAND);
  }

  /** `instanceof` recognises errors of every copy of cardward (see {@link CardwardError.is}). */
  static override [Symbol.hasInstance](value: unknown): value is CardwardError {
    return hasBrand(value, ERROR_BRAND);
  }

  /** The cross-copy brand; always true. */
  get [ERROR_BRAND](): true {
    return true;
  }
}

/**
 * Whether `value` is an object carrying `brand` (own or inherited) as `true`. A proxy whose traps
 * throw, or a getter that throws, is not branded.
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  try {
    return Reflect.get(value, brand) === true;
  } catch {
    return false;
  }
}
