import type { Listen } from "./bind-text-input";

/** What the page's lifecycle triggers. */
export interface PageLifecycleActions {
  /** Empties the security code, in the page and in memory. */
  readonly wipe: () => void;
  /** Takes in values the browser restored into the fields. */
  readonly takeRestored: () => void;
}

/**
 * Follows the page's lifecycle. A security code never outlives the visit: it is wiped on
 * `pagehide` (entering the back-forward cache, or unloading) and on a `pageshow` from the cache
 * (Blink also restores text inputs on back/forward). Without the cache, the browser refills
 * inputs after the page's scripts ran and tells no one: what it restored is read after a
 * `pageshow` and on the first frame after mounting. Returns the teardown (the frame cancelled).
 */
export function watchPageLifecycle(
  view: Window | null,
  on: Listen,
  { wipe, takeRestored }: PageLifecycleActions,
): () => void {
  on(view, "pagehide", wipe);
  on<PageTransitionEvent>(view, "pageshow", (event) => {
    if (event.persisted) wipe();
    else takeRestored();
  });
  const frame = view?.requestAnimationFrame?.(takeRestored);
  return () => {
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
  };
}
