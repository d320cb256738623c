import type { Listen } from "./bind-text-input";

/**
 * The page may enter the back-forward cache or be unloaded, or come back from the cache: a
 * security code never outlives the visit (Blink also restores text inputs on back/forward), so
 * `wipe` runs on `pagehide` and on a `pageshow` from the cache.
 */
export function wipeOnPageHide(view: Window | null, on: Listen, wipe: () => void): void {
  on(view, "pagehide", wipe);
  on<PageTransitionEvent>(view, "pageshow", (event) => {
    if (event.persisted) wipe();
  });
}
