import {
  type Brand,
  type CardField,
  type Edit,
  type EditResult,
  editCvc,
  editExpiry,
  editName,
  editNumber,
  editPostalCode,
  type FieldState,
  type Sensitive,
} from "@cardward/core";

/** An edit's outcome for any field: the number adds its brand, the CVC its secret. */
export type FieldEditResult = EditResult & {
  readonly brand?: Brand | null;
  readonly secret?: Sensitive<string>;
};

/**
 * Core's edit model per field. Each takes one shared options object: the controller's settings
 * plus `brand`, `mask` and `reveal` for the CVC; every function reads only its own options. The
 * binding decides no formatting itself.
 */
export const EDITS = {
  number: editNumber,
  expiry: editExpiry,
  cvc: editCvc,
  name: editName,
  postalCode: editPostalCode,
} as unknown as Record<
  CardField,
  (state: FieldState, edit: Edit, options: object) => FieldEditResult
>;
