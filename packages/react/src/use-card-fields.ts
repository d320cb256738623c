import { CardwardError } from "@cardward/core";
import {
  type CardFieldsController,
  type CardFieldsSettings,
  type CardFieldsState,
  type CardFieldTargets,
  type CollectedCard,
  type MountOptions,
  mountCardFields,
} from "@cardward/dom";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";

const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const;
/** A card field that takes a ref. */
export type CardFieldName = (typeof FIELDS)[number];

/** One ref callback per field: `<input ref={refs.number} />`. */
export type CardFieldRefs = {
  readonly [K in CardFieldName]: (element: HTMLInputElement | null) => void;
};

/**
 * Options of {@link useCardFields}: {@link MountOptions}. The settings (`acceptedBrands`,
 * `locale`, `autoAdvance`, `revealCvc`) follow re-renders; callbacks always call the latest
 * function; the others (`root`, `keepNames`, `cvcMask`, `errorElements`, ...) apply at mount.
 */
export type UseCardFieldsOptions = MountOptions;

/** What {@link useCardFields} returns. Every function is stable across renders. */
export interface UseCardFieldsResult {
  /** Ref callbacks to put on the inputs; number, expiry and cvc are required. */
  readonly refs: CardFieldRefs;
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: CardFieldsState | null;
  /** The card, or throws a `CardwardError` (`invalid_card`, or `destroyed` when not mounted). */
  collect(): CollectedCard;
  /** Touches every field so errors show; whether the card is valid (false when not mounted). */
  validate(): boolean;
  /** Empties every field and wipes the security code. */
  clear(): void;
  /** Moves focus to a field. */
  focus(field: Parameters<CardFieldsController["focus"]>[0]): void;
  /** Shows or masks the security code's digits. */
  revealCvc(reveal: boolean): void;
}

type Callback = "onBrandChange" | "onWarning" | "now";
const CALLBACKS: readonly Callback[] = ["onBrandChange", "onWarning", "now"];

const SETTINGS = ["acceptedBrands", "locale", "autoAdvance", "revealCvc"] as const;
const same = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && String(a) === String(b));

/** The settings that differ between two renders' options, or null when none does. */
function changed(before: MountOptions, after: MountOptions): CardFieldsSettings | null {
  const diff = SETTINGS.filter((key) => !same(before[key], after[key]));
  return diff.length ? Object.fromEntries(diff.map((key) => [key, after[key]])) : null;
}

/** Binds the controller's lifetime to the elements the refs hold. */
function createBinding(latest: { current: MountOptions }) {
  const elements: Partial<Record<CardFieldName, HTMLInputElement>> = {};
  const listeners = new Set<() => void>();
  let controller: CardFieldsController | null = null;
  let bound: readonly (HTMLInputElement | undefined)[] = [];
  let applied: MountOptions = {};
  let unsubscribe = () => {};
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const unmount = () => {
    unsubscribe();
    controller?.destroy();
    controller = null;
    bound = [];
    notify();
  };
  const refs = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      (element: HTMLInputElement | null) => {
        if (element) elements[field] = element;
        else delete elements[field];
      },
    ]),
  ) as unknown as CardFieldRefs;
  return {
    refs,
    unmount,
    current: () => controller,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => controller?.getState() ?? null,
    /** Runs after every commit: (re)mounts when the elements changed, else applies settings. */
    sync() {
      const now = FIELDS.map((field) => elements[field]);
      if (controller && now.every((element, i) => element === bound[i])) {
        const diff = changed(applied, latest.current);
        applied = latest.current;
        if (diff) controller.setOptions(diff);
        return;
      }
      if (controller) unmount();
      if (!elements.number || !elements.expiry || !elements.cvc) return;
      const options: Record<string, unknown> = { ...latest.current };
      for (const key of CALLBACKS) {
        if (options[key])
          options[key] = (arg: never) => (latest.current[key] as (a: never) => unknown)?.(arg);
      }
      controller = mountCardFields({ ...elements } as CardFieldTargets, options as MountOptions);
      bound = now;
      applied = latest.current;
      unsubscribe = controller.subscribe(notify);
      notify();
    },
  };
}

/**
 * Binds card inputs rendered by React to `@cardward/dom`: put `refs.number` (and expiry, cvc,
 * optionally name and postalCode) on the inputs; the fields mount once the required ones are
 * attached and are destroyed (attributes restored, CVC wiped) on unmount. Safe under StrictMode
 * and during server rendering.
 *
 * @example
 * const { refs, state, collect } = useCardFields({ acceptedBrands: ["visa", "mastercard"] });
 * return <input ref={refs.number} />; // ...and refs.expiry, refs.cvc
 */
export function useCardFields(options: UseCardFieldsOptions = {}): UseCardFieldsResult {
  const latest = useRef(options);
  const [binding] = useState(() => createBinding(latest));
  const state = useSyncExternalStore(binding.subscribe, binding.getState, () => null);
  useEffect(() => {
    latest.current = options;
    binding.sync();
  });
  useEffect(() => binding.unmount, [binding]);
  const methods = useMemo(() => {
    const mounted = () => {
      const controller = binding.current();
      if (controller) return controller;
      throw new CardwardError("destroyed", "The card fields are not mounted.");
    };
    return {
      collect: () => mounted().collect(),
      validate: () => binding.current()?.validate() ?? false,
      clear: () => binding.current()?.clear(),
      focus: (field: Parameters<CardFieldsController["focus"]>[0]) =>
        binding.current()?.focus(field),
      revealCvc: (reveal: boolean) => binding.current()?.revealCvc(reveal),
    };
  }, [binding]);
  return { refs: binding.refs, state, ...methods };
}
