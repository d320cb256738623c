import {
  type IsolatedFieldsController,
  IsolatedFieldsError,
  type IsolatedFieldsState,
  type IsolatedMountOptions,
  type IsolatedSubmitOptions,
  type IsolatedSubmitResult,
  mountIsolatedFields,
} from "@cardward/isolated";
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

/** Options of {@link useIsolatedFields}: the frame origin and `mountIsolatedFields`'s options. */
export interface UseIsolatedFieldsOptions extends IsolatedMountOptions {
  /** The origin serving the frame site, exactly. */
  readonly frameOrigin: string;
}

type Container = ShallowRef<HTMLElement | null>;
type Field = "number" | "expiry" | "cvc" | "name" | "postalCode";

/** What {@link useIsolatedFields} returns. */
export interface UseIsolatedFields {
  /** Template refs for the containers the frames go in: `<div ref="number">`. */
  readonly number: Container;
  readonly expiry: Container;
  readonly cvc: Container;
  readonly name: Container;
  readonly postalCode: Container;
  /** The fields' state, or `null` before they are mounted (and during server rendering). */
  readonly state: Readonly<ShallowRef<IsolatedFieldsState | null>>;
  /** The card encrypted in the frames; rejects with an `IsolatedFieldsError`. */
  submit(options?: IsolatedSubmitOptions): Promise<IsolatedSubmitResult>;
  /** Touches every field so errors show; whether the card is valid (false when not mounted). */
  validate(): boolean;
  /** Empties every field. */
  clear(): void;
  /** Moves focus into a field's frame. */
  focus(field: Field): void;
}

/**
 * The isolated variant of `useCardFields`: the frames mount in the containers once the component
 * is mounted, settings changes are sent to them, and they are removed before it unmounts.
 *
 * @example
 * const { number, expiry, cvc, state, submit } = useIsolatedFields({ frameOrigin });
 * // <div ref="number" /> <div ref="expiry" /> <div ref="cvc" />
 */
export function useIsolatedFields(
  options: MaybeRefOrGetter<UseIsolatedFieldsOptions>,
): UseIsolatedFields {
  const refs = {
    number: shallowRef<HTMLElement | null>(null),
    expiry: shallowRef<HTMLElement | null>(null),
    cvc: shallowRef<HTMLElement | null>(null),
    name: shallowRef<HTMLElement | null>(null),
    postalCode: shallowRef<HTMLElement | null>(null),
  };
  const state = shallowRef<IsolatedFieldsState | null>(null);
  let controller: IsolatedFieldsController | null = null;
  let unsubscribe = () => {};
  const unmount = () => {
    unsubscribe();
    controller?.destroy();
    controller = null;
    state.value = null;
  };
  const mount = () => {
    unmount();
    const { number, expiry, cvc, name, postalCode } = refs;
    if (!number.value || !expiry.value || !cvc.value) return;
    const { frameOrigin, ...settings } = toValue(options);
    const optional = {
      ...(name.value ? { name: name.value } : {}),
      ...(postalCode.value ? { postalCode: postalCode.value } : {}),
    };
    controller = mountIsolatedFields(
      { frameOrigin, number: number.value, expiry: expiry.value, cvc: cvc.value, ...optional },
      settings,
    );
    state.value = controller.getState();
    unsubscribe = controller.subscribe((next) => {
      state.value = next;
    });
  };
  onMounted(() => {
    mount();
    watch(Object.values(refs), mount);
    watch(
      () => toValue(options),
      (next, previous) => {
        if (next.frameOrigin !== previous.frameOrigin) mount();
        else controller?.setOptions(next);
      },
      { deep: true },
    );
  });
  onBeforeUnmount(unmount);
  return {
    ...refs,
    state: shallowReadonly(state),
    submit: (submitOptions) =>
      controller?.submit(submitOptions) ?? Promise.reject(new IsolatedFieldsError("not_ready")),
    validate: () => controller?.validate() ?? false,
    clear: () => controller?.clear(),
    focus: (field) => controller?.focus(field),
  };
}
