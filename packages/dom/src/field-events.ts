import type { Edit } from "@cardward/core";
import { bindTextInput, type Listen } from "./bind-text-input";
import { type HistoryField, takeBrowserHistory } from "./browser-history";
import { EMPTY_EDIT } from "./edit-field";
import type { FieldEdits } from "./field-edits";
import { isOwnEvent, notifyChange, notifyInput } from "./field-notify";
import type { CardRecords, FieldRecord } from "./field-record";
import type { MoveFocus } from "./focus-moves";
import type { HistoryMoveKind } from "./history-move";
import type { LiveSettings } from "./live-settings";
import { offerToMenu } from "./menu-history";
import { bindSplitExpiryInputs } from "./split-expiry-inputs";
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

/** The `inputType` the `input` event after a `replace` edit (autofill, undo) reports. */
const REPLACED = "insertReplacementText";

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

/**
 * Runs `work` in a store update and, once the state is refreshed, tells the input's listeners
 * with an `input` event when the value they see changed (as a plain input would).
 */
function editAndNotify(
  { store }: FieldEventsContext,
  input: HTMLInputElement,
  inputType: string,
  work: () => void,
): void {
  const shown = input.value;
  store.update(work);
  if (input.value !== shown) notifyInput(input, inputType);
}

/**
 * Focus moving in or out of a field (not between a split expiry's month and year). Leaving a text
 * field commits it: the expiry's month is padded, and `change` goes out when the value listeners
 * saw committed last differs, as a plain input sends it.
 */
function bindFocus(record: FieldRecord, context: FieldEventsContext): void {
  const { store, edits, on } = context;
  const { input } = record;
  const onFocus = ({ type, relatedTarget }: FocusEvent) => {
    const leaving = type === "blur";
    if (leaving && record.controls.some((control) => control === relatedTarget)) return;
    const work = () => {
      record.focused = !leaving;
      record.touched ||= leaving;
      store.touch(record);
      if (leaving) edits.commit(record, "blur");
    };
    if (!input) return store.update(work);
    if (!leaving) record.committed = input.value;
    editAndNotify(context, input, REPLACED, work);
    if (leaving && input.value !== record.committed) {
      record.committed = input.value;
      notifyChange(input);
    }
  };
  for (const control of record.controls) {
    on(control, "focus", onFocus);
    on(control, "blur", onFocus);
  }
}

/** Wires a text field's events to its edits, history and the events its listeners see. */
function bindTextField(
  record: FieldRecord,
  input: HTMLInputElement,
  context: FieldEventsContext,
): { readonly watch: () => void; readonly history: (kind: HistoryMoveKind) => void } {
  const { edits, settings, move, on } = context;
  const edit = (next: Edit) =>
    editAndNotify(context, input, next.kind === "input" ? next.inputType : REPLACED, () => {
      const wasComplete = record.state.complete;
      edits.edit(record, next);
      if (settings.values.autoAdvance && completes(record, next, wasComplete)) move(input, 1);
    });
  const history = (kind: HistoryMoveKind) =>
    editAndNotify(context, input, kind === "undo" ? "historyUndo" : "historyRedo", () =>
      edits.move(record, kind),
    );
  const back = () => !!settings.values.autoAdvance && move(input, -1);
  const current = () => record.state.value;
  const watch = bindTextInput(input, { edit, back, history, current }, on);
  if (record.field === "expiry") {
    // The caret moved without an edit (arrows, a click): the month is padded once it is left.
    const moved = () =>
      editAndNotify(context, input, REPLACED, () => edits.commit(record, "caret"));
    on(input, "keyup", moved);
    on(input, "pointerup", moved);
  }
  // The context menu about to open offers the field's own undo and redo (see `menu-history.ts`),
  // never in a security code that shows its digits.
  on(input, "contextmenu", () => {
    if (record.field !== "cvc" || !settings.reveal) offerToMenu(input, record.history.moves());
  });
  // A native `change` (the browser's own commit, or a test's, taken in just before) is what
  // listeners saw committed.
  on(input, "change", () => {
    record.committed = input.value;
  });
  return { watch, history };
}

/**
 * Wires every field's events to the edits, each change through the store. Returns the function
 * that lets Backspace in an empty field move back (call it once auto-advance is on).
 */
export function bindFieldEvents(context: FieldEventsContext): () => void {
  const { records, edits, store, settings, on } = context;
  const watchers: (() => void)[] = [];
  const historyFields: HistoryField[] = [];
  for (const record of records.all) {
    bindFocus(record, context);
    const { input } = record;
    if (input) {
      const { watch, history } = bindTextField(record, input, context);
      watchers.push(watch);
      historyFields.push({ input, history });
      continue;
    }
    // A split expiry: text inputs run core's part models, selects are read as they change.
    bindSplitExpiryInputs(record, context);
    const update = (event: Event) => {
      if (!isOwnEvent(event)) store.update(() => edits.edit(record, EMPTY_EDIT));
    };
    for (const control of record.controls) {
      if (control.localName !== "select") continue;
      on(control, "input", update);
      on(control, "change", update);
    }
  }
  const doc = historyFields[0]?.input.ownerDocument;
  if (doc) takeBrowserHistory(doc, historyFields, on);
  return () => {
    if (settings.values.autoAdvance) for (const watch of watchers) watch();
  };
}
