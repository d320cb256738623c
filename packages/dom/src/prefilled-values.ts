import type { FieldEdits } from "./field-edits";
import type { CardRecords } from "./field-record";

/**
 * Takes values present before mounting (prefilled, or restored by the browser) through the edit
 * model, like an autofill; the security code's is discarded, since it may be a restored mask or a
 * server-rendered code. Run inside a store update.
 */
export function takePrefilledValues(records: CardRecords, edits: FieldEdits): void {
  records.cvc.input.value = "";
  for (const record of records.all) {
    edits.edit(record, { kind: "replace", value: record.input?.value ?? "" });
  }
}
