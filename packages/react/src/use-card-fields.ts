import {
  type CardFieldAttach,
  type CardFieldsActions,
  type CardFieldsState,
  createCardFieldsBinding,
  type MountOptions,
} from "@cardward/dom";
import { useEffect, useState, useSyncExternalStore } from "react";

/** A card field that takes a ref. */
export type CardFieldName = keyof CardFieldAttach;

/** One ref callback per field: `<input ref={refs.number} />`. */
export type CardFieldRefs = CardFieldAttach;

/**
 * Options of {@link useCardFields}: {@link MountOptions}. The settings (`acceptedBrands`,
 * `locale`, `autoAdvance`, `revealCvc`) follow re-renders; callbacks always call the latest
 * function; the others (`root`, `keepNames`, `cvcMask`, `errorElements`, ...) apply at mount.
 */
export type UseCardFieldsOptions = MountOptions;

/** What {@link useCardFields} returns. Every function is stable across renders. */
export interface UseCardFieldsResult extends CardFieldsActions {
  /** Ref callbacks to put on the inputs; number, expiry and cvc are required. */
  readonly refs: CardFieldRefs;
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: CardFieldsState | null;
}

const serverState = () => null;

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
  const [binding] = useState(createCardFieldsBinding);
  const state = useSyncExternalStore(binding.subscribe, binding.getState, serverState);
  // After every commit: (re)mount when the elements changed, else apply the options.
  useEffect(() => binding.sync(options));
  useEffect(() => binding.unmount, [binding]);
  const { attach: refs, collect, validate, clear, focus, revealCvc } = binding;
  return { refs, state, collect, validate, clear, focus, revealCvc };
}
