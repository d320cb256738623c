import type { Edit } from "@cardward/core";
import type { EditStart } from "./edit-field";
import { type FieldRecord, splitExpiryState } from "./field-record";
import type { LiveSettings } from "./live-settings";
import type { StateStore } from "./state-store";
import { writeEdit } from "./write-back";

/** Runs edits on a field: through core, written back, the field marked changed in the store. */
export interface FieldApply {
  /** Runs `edit` from `from` (by default the field's state); a split expiry re-reads its inputs. */
  run(record: FieldRecord, edit: Edit, from?: EditStart): void;
  /**
   * {@link FieldApply.run} for a change that is not recorded in the history (a settings re-run,
   * emptying, a restored state): the history wipes the secret it replaced unless a step holds it.
   */
  apply(record: FieldRecord, edit: Edit, from?: EditStart): void;
}

/** Creates the runner over the live settings and the store. */
export function createFieldApply(settings: LiveSettings, store: StateStore): FieldApply {
  const run = (record: FieldRecord, edit: Edit, from: EditStart = record.state) => {
    store.touch(record);
    if (record.split) record.state = splitExpiryState(record.split, settings);
    else if (record.input) writeEdit(record, record.input, edit, settings.options, from);
  };
  return {
    run,
    apply(record, edit, from = record.state) {
      const before = record.state;
      run(record, edit, from);
      record.history.release(before, record.state);
    },
  };
}
