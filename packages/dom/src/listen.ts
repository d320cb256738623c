import type { Listen } from "./bind-text-input";

/** Adds event listeners that are all removed when `signal` aborts. */
export function createListen(signal: AbortSignal): Listen {
  return (target, type, listener, capture = false) =>
    // A listener for one event type takes that type's event: the cast only widens the parameter.
    target?.addEventListener(type, listener as EventListener, { signal, capture });
}
