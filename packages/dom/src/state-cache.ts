import type { CardRecords, FieldRecord } from "./field-record";
import { fieldSnapshot } from "./field-snapshot";
import type { LiveSettings } from "./live-settings";
import type { CardFieldsState } from "./types";

/** The state object, built only when asked for. */
export interface StateCache {
  /** Marks a field whose snapshot may be out of date. */
  stale(record: FieldRecord): void;
  /**
   * The state, brought up to date: the stale fields' snapshots rebuilt (an unchanged one keeps
   * its object) and a new state object only when a snapshot, the brand or the CVC's display
   * changed.
   */
  current(): CardFieldsState;
}

/** Creates the cache over `records`. */
export function createStateCache(records: CardRecords, settings: LiveSettings): StateCache {
  const stale = new Set<FieldRecord>();
  let state = buildState(records, settings);
  return {
    stale(record) {
      stale.add(record);
    },
    current() {
      let changed = false;
      for (const record of stale) {
        const next = fieldSnapshot(record.state, record.focused, record.touched, record.snapshot);
        if (next !== record.snapshot) {
          record.snapshot = next;
          changed = true;
        }
      }
      stale.clear();
      const brand = settings.brand?.id ?? null;
      if (changed || brand !== state.brand || settings.reveal !== state.cvcRevealed) {
        state = buildState(records, settings);
      }
      return state;
    },
  };
}

/** The state from every record's snapshot, the brand and the CVC's display. */
function buildState({ all, ...fields }: CardRecords, settings: LiveSettings): CardFieldsState {
  const { name, postalCode } = fields;
  return {
    number: fields.number.snapshot,
    expiry: fields.expiry.snapshot,
    cvc: fields.cvc.snapshot,
    ...(name && { name: name.snapshot }),
    ...(postalCode && { postalCode: postalCode.snapshot }),
    brand: settings.brand?.id ?? null,
    cvcRevealed: settings.reveal,
    isValid: all.every((record) => record.state.status.isValid),
  };
}
