import type { CardField, IssueCode } from "./types";

/** Stable codes of {@link CardwardError}. */
export type CardwardErrorCode =
  /** A field's element was not found (selector matched nothing). */
  | "element_not_found"
  /** A field's element is not an `<input>` (or `<select>` where allowed). */
  | "element_not_input"
  /** The same element was given for two fields. */
  | "element_reused"
  /** An element is already mounted by another controller. */
  | "already_mounted"
  /** An option has a value it cannot take. */
  | "invalid_option"
  /** `mountCardFields` was called where there is no `document` (during server rendering). */
  | "no_document"
  /** The controller was used after `destroy()`. */
  | "destroyed"
  /** `collect()` found invalid fields; see {@link CardwardError.fields}. */
  | "invalid_card";

/**
 * The one error cardward throws or returns. Its message and properties carry codes and field
 * names only, never card data, so it is safe to log or report.
 */
export class CardwardError extends Error {
  // Declared, not defined: the constructor assigns them, so no class fields are emitted for them.
  /** Stable machine-readable code. */
  declare readonly code: CardwardErrorCode;
  /** For `invalid_card`: each invalid field's issue codes. */
  declare readonly fields: Readonly<Partial<Record<CardField, readonly IssueCode[]>>>;

  /** Creates an error with a stable code, a value-free message and optional field codes. */
  constructor(
    code: CardwardErrorCode,
    message: string,
    fields: Partial<Record<CardField, readonly IssueCode[]>> = {},
  ) {
    super(message);
    this.code = code;
    this.fields = fields;
    this.name = "CardwardError";
  }
}
