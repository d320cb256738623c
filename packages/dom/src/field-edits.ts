import type { Edit } from "@cardward/core";
import type { BrandTracker } from "./brand";
import { again, type EditStart, EMPTY_EDIT, EMPTY_STATE } from "./edit-field";
import { type CardRecords, type FieldRecord, splitExpiryState } from "./field-record";
import type { LiveSettings } from "./live-settings";
import type { StateStore } from "./state-store";
import { writeEdit } from "./write-back";

/** Edits to the fields: each runs through core, is written back and marks its field changed. */
export interface FieldEdits {
  /** Applies one edit to a field (a split expiry re-reads its month and year instead). */
  edit(record: FieldRecord, edit: Edit): void;
  /** Runs fields' current values through the model again (after a settings change). */
  rerun(records: readonly FieldRecord[]): void;
  /** Empties a field, in the page and in memory (the CVC's secret wiped). */
  empty(record: FieldRecord): void;
  /** Empties every field and marks them untouched: `clear()`, and a form reset. */
  clear(): void;
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
 * Creates the field edits. A number edit that changes the brand updates the CVC in the same
 * step (its attributes, then its value through the model): no edit runs another edit's brand
 * logic, so nothing recurses.
 */
export function createFieldEdits(context: FieldEditsContext): FieldEdits {
  const { records, settings, brand, store } = context;
  const apply = (record: FieldRecord, edit: Edit, from: EditStart = record.state) => {
    store.touch(record);
    if (record.split) record.state = splitExpiryState(record.split, settings);
    else if (record.input) writeEdit(record, record.input, edit, settings.options, from);
  };
  const followBrand = () => {
    const next = records.number.state.brand ?? null;
    if (!brand.follow(next)) return;
    settings.setBrand(next);
    context.cvcAttributes();
    apply(records.cvc, again(records.cvc.state));
    if (next) store.announce(next.name);
  };
  const empty = (record: FieldRecord) => {
    for (const control of record.controls) control.value = "";
    apply(record, EMPTY_EDIT, EMPTY_STATE);
    if (record === records.number) followBrand();
  };
  return {
    edit(record, edit) {
      apply(record, edit);
      if (record === records.number) followBrand();
    },
    rerun(list) {
      for (const record of list) apply(record, again(record.state));
      followBrand();
    },
    empty,
    clear() {
      for (const record of records.all) {
        record.touched = false;
        empty(record);
      }
    },
  };
}
