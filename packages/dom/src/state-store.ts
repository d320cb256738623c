import type { CardRecords, FieldRecord } from "./field-record";
import { fieldSnapshot } from "./field-snapshot";
import type { LiveSettings } from "./live-settings";
import type { CardFieldsState } from "./types";

/** Announces a message to screen readers. */
type Say = (message: string) => void;

/**
 * The one place that decides when the state is refreshed and listeners are told: every change
 * (an event, a controller call) runs inside {@link StateStore.update}, which then refreshes the
 * changed fields' snapshots, shows their errors, announces, and only then notifies: first the
 * brand change (so `getState()` already answers with the new brand), then subscribers.
 */
export interface StateStore {
  /** Runs `work`, which changes fields and marks them, then refreshes and notifies once. */
  update(work: () => void): void;
  /** Marks a field whose snapshot may have changed. */
  touch(record: FieldRecord): void;
  /** Queues a message for the live region (said at the end of the update). */
  announce(message: string): void;
  /** The current state: a stable object until something changes. */
  getState(): CardFieldsState;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: (state: CardFieldsState) => void): () => void;
  /** Removes every listener and accepts no more. */
  close(): void;
}

/** Creates the store over `records`; `notifyBrand` runs after each refresh, before subscribers. */
export function createStateStore(
  records: CardRecords,
  settings: LiveSettings,
  say: Say,
  notifyBrand: () => void,
): StateStore {
  const listeners = new Set<(state: CardFieldsState) => void>();
  const dirty = new Set<FieldRecord>();
  const announcements: string[] = [];
  let state = buildState(records, settings);
  let depth = 0;
  let closed = false;

  /** Rebuilds the dirty fields' snapshots and shows their errors; whether any changed. */
  function refreshFields(): boolean {
    let changed = false;
    for (const record of dirty) {
      const previous = record.snapshot;
      const next = fieldSnapshot(record.state, record.focused, record.touched, previous);
      if (next !== previous) {
        changed = true;
        record.snapshot = next;
      }
      const error = next.error?.message ?? null;
      if (error !== record.slot.shown) {
        record.slot.show(error);
        if (error) announcements.push(error);
      }
    }
    dirty.clear();
    return changed;
  }

  function refresh(): void {
    const fieldsChanged = refreshFields();
    if (announcements.length > 0) say(announcements.splice(0).join(" "));
    const brand = settings.brand?.id ?? null;
    const changed = fieldsChanged || brand !== state.brand || settings.reveal !== state.cvcRevealed;
    if (changed) state = buildState(records, settings);
    notifyBrand();
    if (changed) for (const listener of [...listeners]) listener(state);
  }

  return {
    update(work) {
      depth += 1;
      try {
        work();
      } finally {
        depth -= 1;
      }
      if (depth === 0) refresh();
    },
    touch(record) {
      dirty.add(record);
    },
    announce(message) {
      announcements.push(message);
    },
    getState: () => state,
    subscribe(listener) {
      if (!closed) listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      closed = true;
      listeners.clear();
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
