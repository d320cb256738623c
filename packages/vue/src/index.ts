// @cardward/vue: a composable that binds Vue template refs to @cardward/dom. No logic of its own.

export type { CardFieldsState, CollectedCard, FieldSnapshot } from "@cardward/dom";
export type { UseCardFields, UseCardFieldsOptions } from "./use-card-fields";
export { useCardFields } from "./use-card-fields";
export type { UseIsolatedFields, UseIsolatedFieldsOptions } from "./use-isolated-fields";
export { useIsolatedFields } from "./use-isolated-fields";
