import {
  commitExpiryMonth,
  type Edit,
  editExpiryMonth,
  editExpiryYear,
  type FieldState,
} from "@cardward/core";
import { bindTextInput, type Listen } from "./bind-text-input";
import { EMPTY_EDIT } from "./edit-field";
import type { FieldEdits } from "./field-edits";
import { notifyInput, writeValue } from "./field-notify";
import type { FieldRecord } from "./field-record";
import { hasFocus } from "./has-focus";
import type { LiveSettings } from "./live-settings";
import type { Control } from "./resolve-fields";
import type { StateStore } from "./state-store";

/** What a split expiry's text inputs drive. */
export interface SplitExpiryContext {
  readonly edits: FieldEdits;
  readonly store: StateStore;
  readonly settings: LiveSettings;
  readonly on: Listen;
}

/** A text `<input>` among a split expiry's controls (a `<select>` is left to the browser). */
const isInput = (control: Control): control is HTMLInputElement => control.localName === "input";

/** The input's value and selection as the browser has them. */
const stateOf = (input: HTMLInputElement): FieldState => ({
  value: input.value,
  selectionStart: input.selectionStart ?? input.value.length,
  selectionEnd: input.selectionEnd ?? input.value.length,
});

/** Writes a part's result: the value (then `input` for listeners) and the selection. */
function writePart(input: HTMLInputElement, { value, selectionStart, selectionEnd }: FieldState) {
  const changed = input.value !== value;
  if (changed) writeValue(input, value);
  if (hasFocus(input)) input.setSelectionRange(selectionStart, selectionEnd);
  return changed;
}

/**
 * Binds a split expiry's text inputs to core's part models: `editExpiryMonth` (zero-padding,
 * `commitExpiryMonth` on leaving the month) and `editExpiryYear` (two- or four-digit years as the
 * `expiryFormat` setting says). `<select>`s are left alone. After each part edit the expiry's
 * state is read again from both controls.
 */
export function bindSplitExpiryInputs(record: FieldRecord, context: SplitExpiryContext): void {
  const { edits, store, settings, on } = context;
  const [month, year] = record.controls;
  /** The value each input was last given by the model (a `change` to another is taken in). */
  const written = new Map<HTMLInputElement, string>();
  const run = (input: HTMLInputElement, next: (from: FieldState) => FieldState, type: string) => {
    let changed = false;
    store.update(() => {
      changed = writePart(input, next(stateOf(input)));
      written.set(input, input.value);
      edits.edit(record, EMPTY_EDIT);
    });
    if (changed) notifyInput(input, type);
  };
  const partEdit = (input: HTMLInputElement) => (edit: Edit) => {
    const type = edit.kind === "input" ? edit.inputType : "insertReplacementText";
    const { expiry } = settings.options;
    run(
      input,
      (from) =>
        input === month ? editExpiryMonth(from, edit, expiry) : editExpiryYear(from, edit, expiry),
      type,
    );
  };
  for (const control of [month, year]) {
    if (!control || !isInput(control)) continue;
    const actions = {
      edit: partEdit(control),
      back: () => false,
      history: () => {},
      current: () => written.get(control) ?? "",
    };
    bindTextInput(control, actions, on);
  }
  if (month && isInput(month)) {
    on(month, "blur", () =>
      run(
        month,
        (from) => commitExpiryMonth(from, settings.options.expiry),
        "insertReplacementText",
      ),
    );
  }
}
