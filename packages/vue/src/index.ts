// @cardward/vue: a composable that binds Vue template refs to @cardward/dom. No logic of its own.

// What a merchant imports next to the hook, so installing this one package is enough under pnpm's
// strict layout.
export type {
  BrandId,
  CardField,
  CardFieldsState,
  CardwardErrorCode,
  CardwardWarning,
  CollectedCard,
  ExpiryFormat,
  FieldSnapshot,
  Issue,
  IssueCode,
  Locale,
  WarningCode,
} from "@cardward/dom";
export { CardwardError, isSensitive, Sensitive } from "@cardward/dom";
export type {
  CardFieldName,
  CardFieldRefs,
  UseCardFields,
  UseCardFieldsOptions,
  UseCardFieldsResult,
} from "./use-card-fields";
export { useCardFields } from "./use-card-fields";
export type { UseIsolatedFields, UseIsolatedFieldsOptions } from "./use-isolated-fields";
export { useIsolatedFields } from "./use-isolated-fields";
