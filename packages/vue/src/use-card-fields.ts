import {
  type CardFieldAttach,
  type CardFieldsActions,
  type CardFieldsState,
  createCardFieldsBinding,
  type MountOptions,
} from "@cardward/dom";
import {
  type MaybeRefOrGetter,
  onBeforeUnmount,
  onMounted,
  type ShallowRef,
  shallowReadonly,
  shallowRef,
  toValue,
  watch,
} from "vue";

/** A card field that takes a template ref. */
export type CardFieldName = keyof CardFieldAttach;

const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const satisfies CardFieldName[];

/** One template ref per field: `<input ref="number">`. */
export type CardFieldRefs = { readonly [F in CardFieldName]: ShallowRef<HTMLInputElement | null> };

/**
 * Options of {@link useCardFields}: {@link MountOptions}, or a ref or getter of them. The settings
 * (`acceptedBrands`, `locale`, `autoAdvance`, `revealCvc`) are watched and applied while mounted;
 * callbacks always call the latest function; the others (`root`, `keepNames`, `cvcMask`,
 * `errorElements`, ...) apply at mount.
 */
export type UseCardFieldsOptions = MountOptions;

/** What {@link useCardFields} returns: the template refs (number, expiry, cvc required), and: */
export interface UseCardFieldsResult extends CardFieldRefs, CardFieldsActions {
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: Readonly<ShallowRef<CardFieldsState | null>>;
}

/** @deprecated The former name of {@link UseCardFieldsResult}. */
export type UseCardFields = UseCardFieldsResult;

/**
 * Binds card inputs in a Vue component to `@cardward/dom`: the fields mount once the component
 * is mounted (and remount if a template ref changes), and are destroyed (attributes restored,
 * CVC wiped) before it unmounts. Call it in `setup`.
 *
 * @example
 * const { number, expiry, cvc, state, collect } = useCardFields({ acceptedBrands: ["visa"] });
 * // <input ref="number" /> <input ref="expiry" /> <input ref="cvc" />
 */
export function useCardFields(
  options: MaybeRefOrGetter<UseCardFieldsOptions> = {},
): UseCardFieldsResult {
  const binding = createCardFieldsBinding();
  const ref = () => shallowRef<HTMLInputElement | null>(null);
  const refs = { number: ref(), expiry: ref(), cvc: ref(), name: ref(), postalCode: ref() };
  const state = shallowRef<CardFieldsState | null>(null);
  const sync = () => {
    for (const field of FIELDS) binding.attach[field](refs[field].value);
    binding.sync(toValue(options));
  };
  onMounted(() => {
    binding.subscribe(() => {
      state.value = binding.getState();
    });
    sync();
    watch(Object.values(refs), sync, { flush: "post" });
    watch(() => toValue(options), sync, { deep: true });
  });
  onBeforeUnmount(binding.unmount);
  const { collect, validate, clear, focus, revealCvc } = binding;
  return { ...refs, state: shallowReadonly(state), collect, validate, clear, focus, revealCvc };
}
