import { MAX_INPUT_LENGTH } from "../text/normalize";
import type { Edit, FieldState } from "./types";

/** The ASCII digits. */
const ASCII_DIGIT = /^[0-9]$/;

/**
 * The one ASCII digit an edit types at the very end of a field (an `insertText` of one digit,
 * the caret collapsed after the last character), or null for any other edit. The keystroke that
 * happens most, and the one the edit models answer on a fast path: it returns exactly what the
 * general path would (a property test compares them).
 */
export function digitTypedAtEnd(state: FieldState, edit: Edit): string | null {
  if (edit.kind !== "input" || edit.inputType !== "insertText") return null;
  const { value } = state;
  const atEnd =
    value.length < MAX_INPUT_LENGTH &&
    state.selectionStart === value.length &&
    state.selectionEnd === value.length;
  return atEnd && typeof edit.data === "string" && ASCII_DIGIT.test(edit.data) ? edit.data : null;
}
