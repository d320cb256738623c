// @cardward/react: a hook that binds React-rendered inputs to @cardward/dom. No logic of its own.

export type { CardFieldsState, CollectedCard, FieldSnapshot } from "@cardward/dom";
export type {
  CardFieldName,
  CardFieldRefs,
  UseCardFieldsOptions,
  UseCardFieldsResult,
} from "./use-card-fields";
export { useCardFields } from "./use-card-fields";
export type { UseIsolatedFieldsOptions, UseIsolatedFieldsResult } from "./use-isolated-fields";
export { useIsolatedFields } from "./use-isolated-fields";
