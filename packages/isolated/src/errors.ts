import type { CardField, IssueCode } from "@cardward/core";
import type { SubmitErrorCode } from "@cardward/frame/protocol";

/** Stable codes of {@link IsolatedFieldsError}. */
export type IsolatedErrorCode =
  /** A container was not found (selector matched nothing). */
  | "element_not_found"
  /** An option has a value it cannot take (a frame origin that is not an exact origin, ...). */
  | "invalid_option"
  /** The controller was used after `destroy()`. */
  | "destroyed"
  /** A frame did not answer the handshake, or answered it wrongly (another nonce, field). */
  | "handshake_failed"
  /** The frame speaks another major version of the protocol. */
  | "unsupported_version"
  /** A frame is not ready yet (submit before every frame answered). */
  | "not_ready"
  | SubmitErrorCode;

/**
 * The error the isolated fields throw or reject with. Its message and properties carry codes and
 * field names only: the page never has card data to put in it.
 */
export class IsolatedFieldsError extends Error {
  /** Stable machine-readable code. */
  declare readonly code: IsolatedErrorCode;
  /** For `invalid_card`: each invalid field's issue codes. */
  declare readonly fields: Readonly<Partial<Record<CardField, readonly IssueCode[]>>>;

  /** Creates an error with a stable code and optional field codes. */
  constructor(
    code: IsolatedErrorCode,
    fields: Partial<Record<CardField, readonly IssueCode[]>> = {},
  ) {
    super(code);
    this.code = code;
    this.fields = fields;
    this.name = "IsolatedFieldsError";
  }
}
