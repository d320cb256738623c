import { CardwardError } from "@cardward/core";
import {
  type CardFieldsController,
  type CardFieldsState,
  type CardFieldTargets,
  type CollectedCard,
  type MountOptions,
  mountCardFields,
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

/**
 * Options of {@link useCardFields}: {@link MountOptions}, or a ref or getter of them. The settings
 * (`acceptedBrands`, `locale`, `autoAdvance`, `revealCvc`) are watched and applied while mounted;
 * the others (`root`, `keepNames`, `cvcMask`, `errorElements`, callbacks, ...) apply at mount.
 */
export type UseCardFieldsOptions = MountOptions;

/** What {@link useCardFields} returns. */
export interface UseCardFields {
  /** Template ref for the card number input: `<input ref="number">`. Required. */
  readonly number: ShallowRef<HTMLInputElement | null>;
  /** Template ref for the expiry input. Required. */
  readonly expiry: ShallowRef<HTMLInputElement | null>;
  /** Template ref for the security code input. Required. */
  readonly cvc: ShallowRef<HTMLInputElement | null>;
  /** Template ref for the cardholder name input. Optional. */
  readonly name: ShallowRef<HTMLInputElement | null>;
  /** Template ref for the postal code input. Optional. */
  readonly postalCode: ShallowRef<HTMLInputElement | null>;
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: Readonly<ShallowRef<CardFieldsState | null>>;
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

/**
 * Binds card inputs in a Vue component to `@cardward/dom`: the fields mount once the component
 * is mounted (and remount if a template ref changes), and are destroyed (attributes restored,
 * CVC wiped) before it unmounts. Call it in `setup`.
 *
 * @example
 * const { number, expiry, cvc, state, collect } = useCardFields({ acceptedBrands: ["visa"] });
 * // <input ref="number" /> <input ref="expiry" /> <input ref="cvc" />
 */
export function useCardFields(options: MaybeRefOrGetter<UseCardFieldsOptions> = {}): UseCardFields {
  const refs = {
    number: shallowRef<HTMLInputElement | null>(null),
    expiry: shallowRef<HTMLInputElement | null>(null),
    cvc: shallowRef<HTMLInputElement | null>(null),
    name: shallowRef<HTMLInputElement | null>(null),
    postalCode: shallowRef<HTMLInputElement | null>(null),
  };
  const state = shallowRef<CardFieldsState | null>(null);
  let controller: CardFieldsController | null = null;
  let unsubscribe = () => {};

  const unmount = () => {
    unsubscribe();
    controller?.destroy();
    controller = null;
    state.value = null;
  };
  const mount = () => {
    unmount();
    const targets = Object.fromEntries(
      Object.entries(refs).flatMap(([field, ref]) => (ref.value ? [[field, ref.value]] : [])),
    ) as Partial<CardFieldTargets>;
    if (!targets.number || !targets.expiry || !targets.cvc) return;
    controller = mountCardFields(targets as CardFieldTargets, toValue(options));
    state.value = controller.getState();
    unsubscribe = controller.subscribe((next) => {
      state.value = next;
    });
  };
  const mounted = () => {
    if (controller) return controller;
    throw new CardwardError("destroyed", "The card fields are not mounted.");
  };

  onMounted(() => {
    mount();
    watch(Object.values(refs), mount, { flush: "post" });
    // One source per setting, so only a real change (not a new object) reaches setOptions, and
    // only the settings that changed (a `revealCvc()` call is not undone by another setting).
    const keys = ["acceptedBrands", "locale", "autoAdvance", "revealCvc"] as const;
    const read = (key: (typeof keys)[number]) => () => {
      const value = toValue(options)[key];
      return Array.isArray(value) ? String(value) : value;
    };
    watch(keys.map(read), (now, before) => {
      const diff = keys.filter((_, i) => now[i] !== before[i]);
      const current = toValue(options);
      controller?.setOptions(Object.fromEntries(diff.map((key) => [key, current[key]])));
    });
  });
  onBeforeUnmount(unmount);

  return {
    ...refs,
    state: shallowReadonly(state),
    collect: () => mounted().collect(),
    validate: () => controller?.validate() ?? false,
    clear: () => controller?.clear(),
    focus: (field) => controller?.focus(field),
    revealCvc: (reveal) => controller?.revealCvc(reveal),
  };
}
