import { assertTextField, focusField, setSelection, type TextField } from "./text-field";

/**
 * Selects `[start, end)` in a field as a person would with the mouse or Shift+arrows before an
 * edit: the field gets focus (`focus`, `focusin`) if it lacks it, then the selection is set with
 * `setSelectionRange` (offsets are clamped to the value). Any `select` event is the environment's
 * own (happy-dom and jsdom differ, as browsers queue it as a task).
 *
 * @example
 * selectRange(numberInput, 0, numberInput.value.length);
 * typeInto(numberInput, "5"); // replaces everything
 */
export function selectRange(el: TextField, start: number, end: number = start): void {
  assertTextField(el, "selectRange");
  if (el.disabled) return;
  focusField(el);
  setSelection(el, start, end);
}
