import type { Edit } from "@cardward/core";
import { bindTextInput, type Listen } from "./bind-text-input";
import { EMPTY_EDIT } from "./edit-field";
import type { FieldEdits } from "./field-edits";
import type { CardRecords, FieldRecord } from "./field-record";
import type { MoveFocus } from "./focus-moves";
import type { LiveSettings } from "./live-settings";
import type { StateStore } from "./state-store";

/** What the field events drive. */
export interface FieldEventsContext {
  readonly records: CardRecords;
  readonly edits: FieldEdits;
  readonly store: StateStore;
  readonly settings: LiveSettings;
  readonly move: MoveFocus;
  readonly on: Listen;
}

/** Whether an edit completes the field just now, so auto-advance moves on. */
function completes(record: FieldRecord, edit: Edit, wasComplete: boolean): boolean {
  const { complete, status, selectionEnd, value } = record.state;
  return (
    edit.kind === "input" &&
    edit.inputType.startsWith("insert") &&
    complete &&
    !wasComplete &&
    status.isValid &&
    selectionEnd === value.length
  );
}

/** Focus moving in or out of a field (not between a split expiry's month and year). */
function bindFocus(record: FieldRecord, { store, on }: FieldEventsContext): void {
  const onFocus = ({ type, relatedTarget }: FocusEvent) => {
    const leaving = type === "blur";
    if (leaving && record.controls.some((control) => control === relatedTarget)) return;
    store.update(() => {
      record.focused = !leaving;
      record.touched ||= leaving;
      store.touch(record);
    });
  };
  for (const control of record.controls) {
    on(control, "focus", onFocus);
    on(control, "blur", onFocus);
  }
}

/**
 * Wires every field's events to the edits, each change through the store. Returns the function
 * that lets Backspace in an empty field move back (call it once auto-advance is on).
 */
export function bindFieldEvents(context: FieldEventsContext): () => void {
  const { records, edits, store, settings, move, on } = context;
  const watchers: (() => void)[] = [];
  for (const record of records.all) {
    bindFocus(record, context);
    const { input } = record;
    if (!input) {
      const update = () => store.update(() => edits.edit(record, EMPTY_EDIT));
      for (const control of record.controls) {
        on(control, "input", update);
        on(control, "change", update);
      }
      continue;
    }
    const onEdit = (edit: Edit) =>
      store.update(() => {
        const wasComplete = record.state.complete;
        edits.edit(record, edit);
        if (settings.values.autoAdvance && completes(record, edit, wasComplete)) move(input, 1);
      });
    const back = () => !!settings.values.autoAdvance && move(input, -1);
    watchers.push(bindTextInput(input, onEdit, back, record !== records.cvc, on));
  }
  return () => {
    if (settings.values.autoAdvance) for (const watch of watchers) watch();
  };
}
