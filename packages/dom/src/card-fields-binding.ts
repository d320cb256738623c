import { type CardField, CardwardError } from "@cardward/core";
import { mountCardFields } from "./mount-card-fields";
import { ownOptions } from "./settings";
import type { CardFieldsController, CardFieldsState, CollectedCard, MountOptions } from "./types";

/** The fields a binding takes elements for, in mount order. */
const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const satisfies CardField[];

/** One element-attaching function per field (a React ref callback, a Vue ref watcher). */
export type CardFieldAttach = {
  readonly [F in CardField]: (element: HTMLInputElement | null) => void;
};

/** The controller's methods as an adapter offers them: callable before mounting and after. */
export interface CardFieldsActions {
  /** The card, or throws a `CardwardError` (`invalid_card`, or `destroyed` when not mounted). */
  collect(): CollectedCard;
  /** Touches every field so errors show; whether the card is valid (false when not mounted). */
  validate(): boolean;
  /** Empties every field and wipes the security code (nothing when not mounted). */
  clear(): void;
  /** Moves focus to a field (nothing when not mounted). */
  focus(field: CardField): void;
  /** Shows or masks the security code's digits (nothing when not mounted). */
  revealCvc(reveal: boolean): void;
}

/**
 * What a framework adapter needs from `@cardward/dom`, so the adapter itself only manages its
 * framework's lifecycle: elements come and go, options change on every render, and the
 * controller is mounted, remounted and destroyed to follow them.
 */
export interface CardFieldsBinding extends CardFieldsActions {
  /** Sets (or, with `null`, removes) a field's element; takes effect at the next `sync`. */
  readonly attach: CardFieldAttach;
  /**
   * Mounts once the number, expiry and CVC are attached, remounts when an element changed, and
   * otherwise hands `options` to `setOptions` (which only applies settings that changed).
   * Callbacks (`onBrandChange`, `onWarning`, `now`) always call the latest given function.
   */
  sync(options: MountOptions | undefined): void;
  /** Destroys the controller (attributes restored, the security code wiped). */
  unmount(): void;
  /** The controller's state, or `null` while not mounted. */
  getState(): CardFieldsState | null;
  /** Calls `listener` when the state changes (mounting and unmounting included). */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates a binding for a framework adapter. Nothing touches the DOM until `sync`, so it is safe
 * to create during server rendering.
 */
export function createCardFieldsBinding(): CardFieldsBinding {
  const elements = new Map<CardField, HTMLInputElement>();
  const listeners = new Set<() => void>();
  let latest = ownOptions(undefined);
  let controller: CardFieldsController | null = null;
  let bound: readonly (HTMLInputElement | undefined)[] = [];
  let unsubscribe = () => {};
  const notify = () => {
    for (const listener of listeners) listener();
  };
  // Callbacks given to the controller: stable functions that call the latest ones, so a new
  // function on every render is no change for `setOptions`.
  const callbacks: Pick<MountOptions, "onBrandChange" | "onWarning" | "now"> = {
    onBrandChange: (brand) => latest.onBrandChange?.(brand),
    onWarning: (warning) => latest.onWarning?.(warning),
    now: () => latest.now?.() ?? new Date(),
  };
  /** The latest options, each callback given replaced by its stable caller. */
  const withCallbacks = (): MountOptions => ({
    ...latest,
    onBrandChange: latest.onBrandChange && callbacks.onBrandChange,
    onWarning: latest.onWarning && callbacks.onWarning,
    now: latest.now && callbacks.now,
  });
  const unmount = () => {
    unsubscribe();
    controller?.destroy();
    controller = null;
    bound = [];
    notify();
  };
  const mount = (now: readonly (HTMLInputElement | undefined)[]) => {
    const number = elements.get("number");
    const expiry = elements.get("expiry");
    const cvc = elements.get("cvc");
    if (!number || !expiry || !cvc) return;
    const name = elements.get("name");
    const postalCode = elements.get("postalCode");
    controller = mountCardFields(
      { number, expiry, cvc, ...(name && { name }), ...(postalCode && { postalCode }) },
      withCallbacks(),
    );
    bound = now;
    unsubscribe = controller.subscribe(notify);
    notify();
  };
  const attachTo = (field: CardField) => (element: HTMLInputElement | null) => {
    if (element) elements.set(field, element);
    else elements.delete(field);
  };
  const attach: CardFieldAttach = {
    number: attachTo("number"),
    expiry: attachTo("expiry"),
    cvc: attachTo("cvc"),
    name: attachTo("name"),
    postalCode: attachTo("postalCode"),
  };
  return {
    attach,
    sync(options) {
      latest = ownOptions(options);
      const now = FIELDS.map((field) => elements.get(field));
      if (controller && now.every((element, i) => element === bound[i])) {
        controller.setOptions(withCallbacks());
        return;
      }
      if (controller) unmount();
      mount(now);
    },
    unmount,
    getState: () => controller?.getState() ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    collect() {
      if (!controller) throw new CardwardError("destroyed", "The card fields are not mounted.");
      return controller.collect();
    },
    validate: () => controller?.validate() ?? false,
    clear: () => controller?.clear(),
    focus: (field) => controller?.focus(field),
    revealCvc: (reveal) => controller?.revealCvc(reveal),
  };
}
