import type { FieldEdits } from "./field-edits";
import type { CardRecords, FieldRecord } from "./field-record";

/** What the field shows now, as the record keeps it (a split expiry: month then year). */
const shown = (record: FieldRecord): string =>
  record.controls.map((control) => control.value).join("");

/**
 * Takes in what the browser put into the fields without an event: values restored on a back
 * navigation without the back-forward cache, or left by a form reset. Each changed field runs
 * through the model like an autofill; a security code is never taken from the page (it could be a
 * restored mask or a server-rendered code): a changed one is emptied. Run inside a store update.
 */
export function takeRestoredValues(records: CardRecords, edits: FieldEdits): void {
  for (const record of records.all) {
    const value = shown(record);
    if (value === record.state.value) continue;
    if (record === records.cvc) edits.empty(record);
    else edits.edit(record, { kind: "replace", value });
  }
}

/**
 * Takes each text field's default value (its `value` attribute) through the model, as a form reset
 * leaves it; the security code has none (see `removeCvcValueAttribute`). Run inside a store
 * update, after the fields were emptied.
 */
export function takeDefaultValues(records: CardRecords, edits: FieldEdits): void {
  for (const record of records.all) {
    const value = record.input?.defaultValue;
    if (record === records.cvc || !value) continue;
    edits.edit(record, { kind: "replace", value });
  }
}
