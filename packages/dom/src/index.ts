// @cardward/dom: binds the merchant's own inputs as card fields. Events in, core's edit model,
// the DOM written back. Importing it touches no global, so it is safe during SSR.

// What a merchant imports next to the binding, so installing this one package is enough under
// pnpm's strict layout.
export type {
  BrandId,
  CardField,
  CardwardErrorCode,
  ExpiryFormat,
  Issue,
  IssueCode,
  Locale,
} from "@cardward/core";
export { CardwardError, isSensitive, Sensitive } from "@cardward/core";
export type {
  CardFieldAttach,
  CardFieldsActions,
  CardFieldsBinding,
} from "./card-fields-binding";
export { createCardFieldsBinding } from "./card-fields-binding";
export type { DomError, DomErrorCode } from "./errors";
export type { AttributeEntry } from "./field-attributes";
export { PRIVACY_MARKERS } from "./field-attributes";
export { DEFAULT_VISUALLY_HIDDEN_CLASS } from "./live-region";
export { mountCardFields } from "./mount-card-fields";
export type {
  CardFieldsController,
  CardFieldsSettings,
  CardFieldsState,
  CardFieldTargets,
  CardwardWarning,
  CollectedCard,
  ElementTarget,
  FieldSnapshot,
  MountOptions,
  SplitExpiryTarget,
  WarningCode,
} from "./types";
