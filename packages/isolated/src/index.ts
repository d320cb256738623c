// @cardward/isolated: card fields in cross-origin iframes on the merchant's frame origin. The
// page gets state and ciphertext, never digits. Importing it touches no global (safe in SSR).

export type { CardSummary, FieldStyle, LocaleTag, StyleVariant } from "@cardward/frame/protocol";
export type { IsolatedErrorCode } from "./errors";
export { IsolatedFieldsError } from "./errors";
export { FRAME_CLASS } from "./frame-element";
export { mountIsolatedFields } from "./mount-isolated-fields";
export type {
  ContainerTarget,
  IsolatedFieldSnapshot,
  IsolatedFieldsController,
  IsolatedFieldsState,
  IsolatedFieldTargets,
  IsolatedIssue,
  IsolatedMountOptions,
  IsolatedSettings,
  IsolatedSubmitOptions,
  IsolatedSubmitResult,
  IsolatedWarning,
} from "./types";
