import type { SetAttribute } from "./attribute-journal";
import type { CardRecords, FieldRecord } from "./field-record";
import type { StateStore } from "./state-store";

/** The attribute on a field's inputs while its value is complete and valid (for styling). */
export const VALID_ATTRIBUTE = "data-card-valid";

/**
 * Keeps {@link VALID_ATTRIBUTE} on each field's inputs while the field is valid, so a stylesheet
 * (the theme's "complete" state) needs no class added in script. Written only when a field's
 * validity changes; the journal takes it off on destroy. Returns the unsubscribe function.
 */
export function markValidFields(
  records: CardRecords,
  store: StateStore,
  set: SetAttribute,
): () => void {
  const shown = new Map<FieldRecord, boolean>();
  const write = () => {
    for (const record of records.all) {
      const valid = record.snapshot.isValid;
      if (shown.get(record) === valid) continue;
      shown.set(record, valid);
      for (const control of record.controls) set(control, VALID_ATTRIBUTE, valid ? "" : null);
    }
  };
  write();
  return store.subscribe(write);
}
