import type { CardRecords, FieldRecord } from "./field-record";
import { shownIssue } from "./field-snapshot";
import type { LiveSettings } from "./live-settings";
import { createStateCache } from "./state-cache";
import type { CardFieldsState } from "./types";

/** What the store drives besides its subscribers: the page's views of the fields. */
export interface StateViews {
  /** Announces a message to screen readers. */
  readonly say: (message: string) => void;
  /** Brings a changed field's own marks (its valid attribute) up to date. */
  readonly markField: (record: FieldRecord) => void;
  /** Tells about a brand change, after each refresh and before subscribers. */
  readonly notifyBrand: () => void;
}

/**
 * The one place that decides when the state is refreshed and listeners are told: every change
 * (an event, a controller call) runs inside {@link StateStore.update}, which then shows the
 * changed fields' errors and marks, announces, tells about a brand change, and tells
 * subscribers. The state object is built lazily: when `getState()` asks (a brand callback may,
 * and then already sees the new brand) or when there are subscribers to tell; a keystroke on a
 * page without subscribers builds none.
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
  /** Adds a listener and calls it once at once with the current state; returns its remover. */
  subscribe(listener: (state: CardFieldsState) => void): () => void;
  /** Removes every listener and accepts no more. */
  close(): void;
}

/** Creates the store over `records`, driving `views` on each refresh. */
export function createStateStore(
  records: CardRecords,
  settings: LiveSettings,
  { say, markField, notifyBrand }: StateViews,
): StateStore {
  const listeners = new Set<(state: CardFieldsState) => void>();
  /** Fields changed in the current update: their error display is brought up to date. */
  const dirty = new Set<FieldRecord>();
  const announcements: string[] = [];
  const cache = createStateCache(records, settings);
  /** The state subscribers were last told about (or had when they subscribed). */
  let told = cache.current();
  let depth = 0;
  let closed = false;

  /**
   * Shows each changed field's error (written only when it changed) and queues it to be said, and
   * marks the field; the snapshot is only marked stale (built when someone asks).
   */
  function showErrors(): void {
    for (const record of dirty) {
      markField(record);
      const { status } = record.state;
      const error = shownIssue(status.issues, status, record.touched)?.message ?? null;
      if (error !== record.slot.shown) {
        record.slot.show(error);
        if (error) announcements.push(error);
      }
      cache.stale(record);
    }
    dirty.clear();
  }

  function refresh(): void {
    showErrors();
    if (announcements.length > 0) say(announcements.splice(0).join(" "));
    // A brand callback that reads the state builds it: it sees the new brand.
    notifyBrand();
    if (listeners.size === 0) return;
    const state = cache.current();
    if (state === told) return;
    told = state;
    for (const listener of [...listeners]) listener(state);
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
    getState: cache.current,
    subscribe(listener) {
      if (closed) return () => {};
      if (listeners.size === 0) told = cache.current();
      listeners.add(listener);
      // At once, so a listener that enables Pay sees the empty form as it is, not only changes.
      listener(cache.current());
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
