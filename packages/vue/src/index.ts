// @cardward/vue: a composable that binds Vue template refs to @cardward/dom. No logic of its own.

export type { CardFieldsState, CollectedCard, FieldSnapshot } from "@cardward/dom";
export type {
  CardFieldName,
  CardFieldRefs,
  UseCardFields,
  UseCardFieldsOptions,
  UseCardFieldsResult,
} from "./use-card-fields";
export { useCardFields } from "./use-card-fields";
