import {
  type IsolatedFieldsController,
  IsolatedFieldsError,
  type IsolatedFieldsState,
  type IsolatedMountOptions,
  type IsolatedSubmitOptions,
  type IsolatedSubmitResult,
  mountIsolatedFields,
} from "@cardward/isolated";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";

const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const;
/** A field whose container takes a ref. */
type CardFieldName = (typeof FIELDS)[number];

/** Options of {@link useIsolatedFields}: the frame origin and `mountIsolatedFields`'s options. */
export interface UseIsolatedFieldsOptions extends IsolatedMountOptions {
  /** The origin serving the frame site, exactly. */
  readonly frameOrigin: string;
}

/** What {@link useIsolatedFields} returns. Every function is stable across renders. */
export interface UseIsolatedFieldsResult {
  /** Ref callbacks for the containers the frames go in: `<div ref={refs.number} />`. */
  readonly refs: { readonly [K in CardFieldName]: (element: HTMLElement | null) => void };
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: IsolatedFieldsState | null;
  /** The card encrypted in the frames; rejects with an `IsolatedFieldsError`. */
  submit(options?: IsolatedSubmitOptions): Promise<IsolatedSubmitResult>;
  /** Touches every field so errors show; whether the card is valid (false when not mounted). */
  validate(): boolean;
  /** Empties every field. */
  clear(): void;
  /** Moves focus into a field's frame. */
  focus(field: CardFieldName): void;
}

/**
 * The isolated variant of `useCardFields`: put `refs.number` (and expiry, cvc, optionally name
 * and postalCode) on container elements; the frames mount once the required containers are
 * attached and are removed on unmount. Settings changes are sent to the frames; a new
 * `frameOrigin` remounts them.
 *
 * @example
 * const { refs, state, submit } = useIsolatedFields({ frameOrigin: "https://pay.shop.example" });
 * return <div ref={refs.number} className="card-frame" />; // ...and refs.expiry, refs.cvc
 */
export function useIsolatedFields(options: UseIsolatedFieldsOptions): UseIsolatedFieldsResult {
  const latest = useRef(options);
  latest.current = options;
  const [elements, setElements] = useState<Partial<Record<CardFieldName, HTMLElement>>>({});
  const controller = useRef<IsolatedFieldsController | null>(null);
  const listeners = useRef(new Set<() => void>());
  const notify = useCallback(() => {
    for (const listener of listeners.current) listener();
  }, []);
  const refs = useMemo(
    () =>
      Object.fromEntries(
        FIELDS.map((field) => [
          field,
          (element: HTMLElement | null) =>
            setElements((current) =>
              current[field] === (element ?? undefined)
                ? current
                : { ...current, [field]: element ?? undefined },
            ),
        ]),
      ) as unknown as UseIsolatedFieldsResult["refs"],
    [],
  );
  const { frameOrigin } = options;
  useEffect(() => {
    const { number, expiry, cvc, name, postalCode } = elements;
    if (!number || !expiry || !cvc) return;
    const targets = {
      frameOrigin,
      number,
      expiry,
      cvc,
      ...(name ? { name } : {}),
      ...(postalCode ? { postalCode } : {}),
    };
    const mounted = mountIsolatedFields(targets, latest.current);
    controller.current = mounted;
    const unsubscribe = mounted.subscribe(notify);
    notify();
    return () => {
      unsubscribe();
      mounted.destroy();
      controller.current = null;
      notify();
    };
  }, [elements, frameOrigin, notify]);
  const { acceptedBrands, locale, labels, placeholders, style, bin } = options;
  const settings = JSON.stringify({ acceptedBrands, locale, labels, placeholders, style, bin });
  useEffect(() => {
    controller.current?.setOptions(JSON.parse(settings));
  }, [settings]);
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    }, []),
    () => controller.current?.getState() ?? null,
    () => null,
  );
  const methods = useMemo(
    () => ({
      submit: (submitOptions?: IsolatedSubmitOptions) =>
        controller.current?.submit(submitOptions) ??
        Promise.reject(new IsolatedFieldsError("not_ready")),
      validate: () => controller.current?.validate() ?? false,
      clear: () => controller.current?.clear(),
      focus: (field: CardFieldName) => controller.current?.focus(field),
    }),
    [],
  );
  return { refs, state, ...methods };
}
