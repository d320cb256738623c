/**
 * Calls `wipe` on `pagehide` (the page may enter the back-forward cache or be unloaded) and on a
 * `pageshow` restored from the back-forward cache, so a security code never outlives the visit.
 * Blink also restores text inputs on back/forward navigation unless `autocomplete="off"`.
 */
export function onPageLifecycle(view: Window | null, wipe: () => void, signal: AbortSignal): void {
  if (!view) return;
  view.addEventListener("pagehide", wipe, { signal });
  view.addEventListener(
    "pageshow",
    (event) => {
      if (event.persisted) wipe();
    },
    { signal },
  );
}
