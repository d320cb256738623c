// The page's picture of the card: each field's snapshot, the number's brand, candidates and
// (opt-in) BIN. One place publishes it: to the containers' state classes and the subscribers.
import type { BrandId } from "@cardward/core";
import type { FrameFieldState } from "@cardward/frame/protocol";
import { allReady, type FieldRecord, type LiveSettings } from "./field-record";
import { stateClasses } from "./field-snapshot";
import type { IsolatedFieldsState } from "./types";

/** A listener of the state. */
export type StateListener = (state: IsolatedFieldsState) => void;

/** The state, its listeners, and the number frame's metadata. */
export interface StateStore {
  readonly getState: () => IsolatedFieldsState;
  /** Adds a listener; returns its removal. */
  subscribe(listener: StateListener): () => void;
  /** Takes the number frame's brand, candidates and BIN (telling `onBrandChange` of a change). */
  updateNumber(next: FrameFieldState): void;
  /** Builds the state from the records, toggles the state classes and tells the listeners. */
  publish(): void;
  /** Forgets every listener (destroy). */
  clear(): void;
}

/** Creates the store over `records` (read at each publish, so it may be filled later). */
export function createStateStore(
  records: readonly FieldRecord[],
  settings: LiveSettings,
): StateStore {
  const listeners = new Set<StateListener>();
  let state: IsolatedFieldsState;
  let brand: BrandId | null = null;
  let candidates: readonly BrandId[] = [];
  let bin: string | undefined;
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    updateNumber(next) {
      const nextBrand = next.brand ?? null;
      candidates = next.candidates ?? [];
      bin = next.bin;
      if (nextBrand === brand) return;
      brand = nextBrand;
      settings.current.onBrandChange?.(brand);
    },
    publish() {
      const next: Record<string, unknown> = {};
      for (const r of records) {
        next[r.field] = r.snapshot;
        for (const [name, on] of Object.entries(stateClasses(r.snapshot))) {
          r.container.classList.toggle(name, on);
        }
      }
      state = Object.assign(next, {
        brand,
        candidates,
        ...(bin ? { bin } : {}),
        ready: allReady(records),
        isValid: records.every((r) => r.snapshot.isValid),
      }) as unknown as IsolatedFieldsState;
      for (const listener of [...listeners]) listener(state);
    },
    clear: () => listeners.clear(),
  };
}
