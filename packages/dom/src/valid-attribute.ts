import type { SetAttribute } from "./attribute-journal";
import type { CardRecords, FieldRecord } from "./field-record";

/** The attribute on a field's inputs while its value is complete and valid (for styling). */
export const VALID_ATTRIBUTE = "data-card-valid";

/**
 * Keeps {@link VALID_ATTRIBUTE} on each field's inputs while the field is valid, so a stylesheet
 * (the theme's "complete" state) needs no class added in script. Every field is marked now; the
 * returned function marks one changed field again (the store calls it for each field an update
 * changed), writing only when the field's validity changed. It reads the field's last result,
 * not a state snapshot, so a keystroke builds none for it. The journal takes it off on destroy.
 */
export function markValidFields(
  records: CardRecords,
  set: SetAttribute,
): (record: FieldRecord) => void {
  const shown = new Map<FieldRecord, boolean>();
  const mark = (record: FieldRecord) => {
    const valid = record.state.status.isValid;
    if (shown.get(record) === valid) return;
    shown.set(record, valid);
    for (const control of record.controls) set(control, VALID_ATTRIBUTE, valid ? "" : null);
  };
  for (const record of records.all) mark(record);
  return mark;
}
