import type { Sensitive } from "../sensitive";
import type { ValidationResult } from "../types";

/** A text field's value and selection (UTF-16 offsets, `selectionStart <= selectionEnd`). */
export interface FieldState {
  /** The text shown in the field. */
  readonly value: string;
  /** Start of the selection; equal to `selectionEnd` for a caret. */
  readonly selectionStart: number;
  /** End of the selection. */
  readonly selectionEnd: number;
}

/**
 * One edit to a field.
 * - `input`: what a `beforeinput` event says: its `inputType` (`insertText`,
 *   `deleteContentBackward`, `insertFromPaste`, `deleteWordBackward`, ...) and its text (`data`, or
 *   the pasted / dropped `text/plain`), applied to the current selection.
 * - `replace`: the field's whole new raw value when the browser says nothing more (autofill, an
 *   `input` without `beforeinput`, the end of an IME composition, undo). The model diffs it
 *   against the current value.
 */
export type Edit =
  | {
      readonly kind: "input";
      readonly inputType: string;
      readonly data: string | null;
    }
  | {
      readonly kind: "replace";
      readonly value: string;
      /** Where the browser left the caret, if known. */
      readonly selectionStart?: number;
      /** Where the browser left the selection end, if known. */
      readonly selectionEnd?: number;
    };

/** What an edit produced: the next field state plus the field's status. */
export interface EditResult<S extends ValidationResult = ValidationResult> extends FieldState {
  /** The validation of the new value. */
  readonly status: S;
  /**
   * The field holds all it can take (a number at its brand's greatest length and valid, a full
   * expiry, a CVC of the brand's size): what auto-advance waits for.
   */
  readonly complete: boolean;
}

/** The state of a concealed CVC field: the mask that is shown, the digits kept apart. */
export interface CvcFieldState extends FieldState {
  /** The real digits; `value` holds one mask character per digit. */
  readonly secret: Sensitive<string>;
}
