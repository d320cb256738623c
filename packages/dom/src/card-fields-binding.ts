import { type BrandId, type CardField, CardwardError } from "@cardward/core";
import { HANDOVERS, type Handover } from "./handover";
import { mountCardFields } from "./mount-card-fields";
import { ownOptions } from "./settings";
import type {
  CardFieldsController,
  CardFieldsState,
  CardFieldTargets,
  CardwardWarning,
  CollectedCard,
  MountOptions,
} from "./types";

/** The fields a binding takes elements for, in mount order. */
const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const satisfies CardField[];

/** Where the CVC's element is in the list of bound elements ({@link FIELDS}' order). */
const CVC_INDEX = FIELDS.indexOf("cvc");

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

/** The targets to mount, or null while the number, expiry or CVC is missing. */
function targetsOf(elements: ReadonlyMap<CardField, HTMLInputElement>): CardFieldTargets | null {
  const number = elements.get("number");
  const expiry = elements.get("expiry");
  const cvc = elements.get("cvc");
  if (!number || !expiry || !cvc) return null;
  const name = elements.get("name");
  const postalCode = elements.get("postalCode");
  return { number, expiry, cvc, ...(name && { name }), ...(postalCode && { postalCode }) };
}

/** One function per field that sets (or, with null, removes) its element in `elements`. */
function attachers(elements: Map<CardField, HTMLInputElement>): CardFieldAttach {
  const attachTo = (field: CardField) => (element: HTMLInputElement | null) => {
    if (element) elements.set(field, element);
    else elements.delete(field);
  };
  return {
    number: attachTo("number"),
    expiry: attachTo("expiry"),
    cvc: attachTo("cvc"),
    name: attachTo("name"),
    postalCode: attachTo("postalCode"),
  };
}

/**
 * The latest options (`read()`), each callback given replaced by a stable function that calls
 * the latest one: a new function on every render is then no change for `setOptions`.
 */
function stableCallbacks(read: () => MountOptions): () => MountOptions {
  const callbacks = {
    onBrandChange: (brand: BrandId | null) => read().onBrandChange?.(brand),
    onWarning: (warning: CardwardWarning) => read().onWarning?.(warning),
    now: () => read().now?.() ?? new Date(),
  };
  return () => {
    const latest = read();
    return {
      ...latest,
      onBrandChange: latest.onBrandChange && callbacks.onBrandChange,
      onWarning: latest.onWarning && callbacks.onWarning,
      now: latest.now && callbacks.now,
    };
  };
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
  const withCallbacks = stableCallbacks(() => latest);
  const unmount = () => {
    unsubscribe();
    controller?.destroy();
    controller = null;
    bound = [];
    notify();
  };
  const mount = (now: readonly (HTMLInputElement | undefined)[], handover?: Handover) => {
    const targets = targetsOf(elements);
    if (!targets) return;
    const cvcKept = bound[CVC_INDEX] === now[CVC_INDEX];
    controller = mountCardFields(targets, withCallbacks());
    bound = now;
    if (handover) HANDOVERS.get(controller)?.give(handover, cvcKept);
    unsubscribe = controller.subscribe(notify);
    notify();
  };
  const attach = attachers(elements);
  return {
    attach,
    sync(options) {
      latest = ownOptions(options);
      const now = FIELDS.map((field) => elements.get(field));
      if (controller && now.every((element, i) => element === bound[i])) {
        controller.setOptions(withCallbacks());
        return;
      }
      // A swapped input (a React `key` change) remounts: the other fields keep their errors,
      // and the security code what was typed when its input is the same.
      const handover = controller ? HANDOVERS.get(controller)?.take() : undefined;
      const previous = bound;
      if (controller) unmount();
      bound = previous;
      mount(now, handover);
      handover?.cvc.secret?.wipe();
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
