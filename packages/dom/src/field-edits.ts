import type { Edit } from "@cardward/core";
import type { BrandTracker } from "./brand";
import { again, type EditStart, EMPTY_EDIT, EMPTY_STATE } from "./edit-field";
import { type CommitReason, createExpiryCommits } from "./expiry-commit";
import { createFieldApply } from "./field-apply";
import type { CardRecords, FieldRecord } from "./field-record";
import { createFollowBrand } from "./follow-brand";
import { hasFocus } from "./has-focus";
import type { HistoryMoveKind } from "./history-move";
import type { LiveSettings } from "./live-settings";
import type { StateStore } from "./state-store";

/** Edits to the fields: each runs through core, is written back and marks its field changed. */
export interface FieldEdits {
  /** Applies a person's edit to a field and records it in its history (a split expiry re-reads). */
  edit(record: FieldRecord, edit: Edit): void;
  /** Undoes or redoes one step of a field's history; whether there was one. */
  move(record: FieldRecord, kind: HistoryMoveKind): boolean;
  /** The person moved on from the expiry (`blur`, or the caret moved): a one-digit month is padded. */
  commit(record: FieldRecord, reason: CommitReason): void;
  /** Runs fields' current values through the model again (after a settings change). */
  rerun(records: readonly FieldRecord[]): void;
  /** Empties a field, in the page and in memory (the CVC's secret wiped). */
  empty(record: FieldRecord): void;
  /** Empties every field, forgets their histories and marks them untouched: `clear()`, a reset. */
  clear(): void;
  /** Forgets every field's history (the CVC's secrets in it wiped). */
  forget(): void;
  /** Writes a state handed over from a replaced controller (through the model; not recorded). */
  restore(record: FieldRecord, state: EditStart): void;
}

/** What the edits need: the fields, the settings, the brand, the store and the CVC's attributes. */
export interface FieldEditsContext {
  readonly records: CardRecords;
  readonly settings: LiveSettings;
  readonly brand: BrandTracker;
  readonly store: StateStore;
  /** Writes the CVC's size and name for the brand and locale in force. */
  readonly cvcAttributes: () => void;
}

/**
 * The state an edit starts from, as the model runs it and the history keeps it: for an `input`
 * edit, the field's state with the caret where the browser has it (arrow keys move it without an
 * edit), the state itself when the caret is where it left it; for any other edit, the state.
 */
function stateAtCaret({ state, input }: FieldRecord, edit: Edit): EditStart {
  if (!input || edit.kind !== "input") return state;
  const selectionStart = input.selectionStart ?? state.value.length;
  const selectionEnd = input.selectionEnd ?? state.value.length;
  if (selectionStart === state.selectionStart && selectionEnd === state.selectionEnd) return state;
  return { value: state.value, selectionStart, selectionEnd, secret: state.secret };
}

/**
 * Puts the selection back where a history step had it when the model kept its value (the model
 * may move a caret next to a separator by one; undo lands exactly where the person was).
 */
function keepSelection(record: FieldRecord, { value, selectionStart, selectionEnd }: EditStart) {
  const { input, state } = record;
  if (!input || state.value !== value) return;
  record.state = { ...state, selectionStart, selectionEnd };
  if (hasFocus(input)) input.setSelectionRange(selectionStart, selectionEnd);
}

/**
 * Creates the field edits. A number edit that changes the brand updates the CVC in the same
 * step (see `follow-brand.ts`). A person's edits are recorded in the field's history; other
 * changes only let the history wipe the secret they replaced.
 */
export function createFieldEdits(context: FieldEditsContext): FieldEdits {
  const { records, settings, store } = context;
  const { run, apply } = createFieldApply(settings, store);
  const followBrand = createFollowBrand(context, { run, apply });
  const commits = createExpiryCommits(settings);
  const followed = (record: FieldRecord) => {
    if (record === records.number) followBrand();
  };
  const empty = (record: FieldRecord) => {
    for (const control of record.controls) control.value = "";
    apply(record, EMPTY_EDIT, EMPTY_STATE);
    followed(record);
  };
  const forget = () => {
    for (const record of records.all) record.history.clear(record.state);
  };
  return {
    edit(record, edit) {
      const before = stateAtCaret(record, edit);
      run(record, edit, before);
      if (edit.kind === "input" && record.state.value !== before.value) commits.settle(record);
      record.history.record(before, edit, record.state);
      followed(record);
    },
    move(record, kind) {
      const state = record.history.move(kind, record.state);
      if (!state) return false;
      // The step's value is run through the model again: the CVC's shows its mask (or digits
      // when revealed), written from the secret the step holds.
      apply(record, again(state), state);
      record.history.release(state, record.state);
      keepSelection(record, state);
      followed(record);
      return true;
    },
    commit(record, reason) {
      const edit = commits.commit(record, reason);
      if (edit) apply(record, edit);
    },
    rerun(list) {
      for (const record of list) apply(record, again(record.state));
      followBrand();
    },
    empty,
    clear() {
      forget();
      for (const record of records.all) {
        record.touched = false;
        empty(record);
      }
    },
    forget,
    restore(record, state) {
      apply(record, again(state), state);
      record.history.release(state, record.state);
    },
  };
}
