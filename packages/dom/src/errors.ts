import type { CardwardError, CardwardErrorCode } from "@cardward/core";

/**
 * Stable codes of the {@link CardwardError}s `@cardward/dom` throws: core's codes (such as
 * `invalid_option`) and the binding's own.
 */
export type DomErrorCode =
  | CardwardErrorCode
  /** A field's element was not found (selector matched nothing). */
  | "element_not_found"
  /** A field's element is not an `<input>` (or `<select>` where allowed). */
  | "element_not_input"
  /** The same element was given for two fields. */
  | "element_reused"
  /** An element is already mounted by another controller. */
  | "already_mounted"
  /** `mountCardFields` was called where there is no `document` (during server rendering). */
  | "no_document"
  /** The controller was used after `destroy()`. */
  | "destroyed"
  /** `collect()` found invalid fields; see {@link CardwardError.fields}. */
  | "invalid_card";

/** A {@link CardwardError} thrown by `@cardward/dom`. */
export type DomError = CardwardError<DomErrorCode>;
