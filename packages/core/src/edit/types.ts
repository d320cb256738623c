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
   * The field is done: what auto-advance waits for. A number is complete when it is valid and
   * has at least its brand's complete length: the smallest length the brand allows that is 16 or
   * more, else its greatest (American Express 15, Visa 16 though it allows 18 and 19, Diners Club
   * 16, Maestro 16), or `maxLength` when that is smaller. An expiry is complete when it holds a
   * valid `MM / YY`; a CVC when it is valid and has the brand's code size. Names and postal codes
   * are never complete.
   */
  readonly complete: boolean;
}

/** The state of a concealed CVC field: the mask that is shown, the digits kept apart. */
export interface CvcFieldState extends FieldState {
  /** The real digits; `value` holds one mask character per digit. */
  readonly secret: Sensitive<string>;
}
