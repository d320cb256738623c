import type { Edit } from "@cardward/core";
import { EDITORS, type EditOptions, type EditStart } from "./edit-field";
import { writeValue } from "./field-notify";
import type { FieldRecord } from "./field-record";
import { hasFocus } from "./has-focus";

/**
 * Runs an edit on a text field through core from `from` (by default the field's state; an input
 * edit's caller puts the browser's selection in it, see `field-edits.ts`) and writes back only
 * what changed: the value (through the prototype's setter, see `writeValue`), and
 * the selection when the browser's differs (writing a value already puts the caret at its end).
 * The replaced secret is left to the field's history, which wipes it once nothing holds it.
 */
export function writeEdit(
  record: FieldRecord,
  input: HTMLInputElement,
  edit: Edit,
  options: EditOptions,
  from: EditStart = record.state,
): void {
  const result = EDITORS[record.field](from, edit, options);
  record.state = result;
  const { value, selectionStart, selectionEnd } = result;
  // Writing a value puts the caret at its end: the selection is not read back then.
  const written = input.value !== value;
  if (written) writeValue(input, value);
  const caretStart = written ? value.length : input.selectionStart;
  const caretEnd = written ? value.length : input.selectionEnd;
  if ((caretStart !== selectionStart || caretEnd !== selectionEnd) && hasFocus(input)) {
    input.setSelectionRange(selectionStart, selectionEnd);
  }
}
