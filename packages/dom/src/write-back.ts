import type { Edit } from "@cardward/core";
import { EDITORS, type EditOptions, type EditStart } from "./edit-field";
import { writeValue } from "./field-notify";
import type { FieldRecord } from "./field-record";

/** Whether `input` has focus in its document or shadow root. */
export function hasFocus(input: HTMLInputElement): boolean {
  const root = input.getRootNode();
  return "activeElement" in root && root.activeElement === input;
}

/**
 * Runs an edit on a text field through core (from `from`, by default the field's state) and
 * writes back only what changed: the value (through the prototype's setter, see `writeValue`), and
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
  // An input edit applies to the browser's selection: only that and what core reads are copied.
  const start: EditStart =
    edit.kind === "input"
      ? {
          value: from.value,
          selectionStart: input.selectionStart ?? from.value.length,
          selectionEnd: input.selectionEnd ?? from.value.length,
          secret: from.secret,
        }
      : from;
  const result = EDITORS[record.field](start, edit, options);
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
