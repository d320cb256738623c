import type { Listen } from "./bind-text-input";
import type { FieldEdits } from "./field-edits";
import { changeAndNotify } from "./field-notify";
import type { CardRecords } from "./field-record";
import { clearOnFormReset } from "./form-reset";
import { watchPageLifecycle } from "./page-lifecycle";
import type { BoundElement } from "./resolve-fields";
import { takeDefaultValues, takeRestoredValues } from "./restored-values";
import type { StateStore } from "./state-store";

/** What the fields' lifecycle acts on. */
export interface FieldLifecycleContext {
  readonly records: CardRecords;
  readonly store: StateStore;
  readonly edits: FieldEdits;
  readonly bound: readonly BoundElement[];
  readonly on: Listen;
}

/** The fields' lifecycle: `clear()` and the teardown of what it watches. */
export interface FieldLifecycle {
  /** Empties every field, wipes the security code, and tells each emptied input's listeners. */
  clear(): void;
  /** Stops watching the page and the forms (a pending frame or task cancelled). */
  stop(): void;
}

/** The `inputType` of the `input` event `clear()` sends from each field it empties. */
const CLEARED = "deleteContent";

/**
 * Follows the fields through the page's life: the security code wiped on `pagehide` and on a
 * restore from the back-forward cache, values the browser restored taken in, a form reset
 * clearing the fields (and taking in their default values). `clear()` tells listeners as an
 * edit does (an `input` event from each input it emptied), so a form library sees the empty
 * values; a form reset and a wipe do not, as a plain input sends nothing for them.
 */
export function watchFieldLifecycle(context: FieldLifecycleContext): FieldLifecycle {
  const { records, store, edits, bound, on } = context;
  const controls = records.all.flatMap((record) => record.controls);
  const takeRestored = () => store.update(() => takeRestoredValues(records, edits));
  const wipe = () =>
    store.update(() => {
      edits.forget();
      edits.empty(records.cvc);
    });
  const reset = () =>
    store.update(() => {
      edits.clear();
      takeDefaultValues(records, edits);
    });
  const view = records.number.input.ownerDocument.defaultView;
  const stopLifecycle = watchPageLifecycle(view, on, { wipe, takeRestored });
  const stopReset = clearOnFormReset(bound, on, { clear: reset, takeRestored });
  return {
    clear: () => changeAndNotify(controls, CLEARED, () => store.update(edits.clear)),
    stop() {
      stopLifecycle();
      stopReset();
    },
  };
}
