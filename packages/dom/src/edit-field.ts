import {
  type Brand,
  type CardField,
  type CvcEditOptions,
  type CvcFieldState,
  type Edit,
  type EditResult,
  type ExpiryEditOptions,
  editCvc,
  editExpiry,
  editName,
  editNumber,
  editPostalCode,
  emptyCvcState,
  type FieldState,
  type NameEditOptions,
  type NumberEditOptions,
  type PostalCodeEditOptions,
  type Sensitive,
  type ValidationResult,
} from "@cardward/core";

/** A field's status: every field's validation, the expiry's adds its month and year. */
export interface FieldStatus extends ValidationResult {
  /** The expiry's month (1-12), once complete. */
  readonly month?: number | null;
  /** The expiry's four-digit year, once complete. */
  readonly year?: number | null;
}

/** An edit's outcome for any field: the number adds its brand and digits, the CVC its secret. */
export interface FieldEditResult extends EditResult<FieldStatus> {
  readonly brand?: Brand | null;
  readonly digits?: string;
  readonly secret?: Sensitive<string>;
}

/** What an edit starts from: the value and selection, and the CVC's secret. */
export type EditStart = FieldState & { readonly secret?: Sensitive<string> | undefined };

/**
 * The options core's edit functions read, one object per field, built when a setting or the brand
 * changes (never per keystroke).
 */
export interface EditOptions {
  readonly number: NumberEditOptions;
  readonly expiry: ExpiryEditOptions;
  readonly cvc: CvcEditOptions;
  readonly name: NameEditOptions;
  readonly postalCode: PostalCodeEditOptions;
}

/** Runs one edit through core's model for one field. */
export type FieldEditor = (from: EditStart, edit: Edit, options: EditOptions) => FieldEditResult;

/** Whether a start state carries the CVC's secret. */
const hasSecret = (from: EditStart): from is CvcFieldState => from.secret !== undefined;

/**
 * Core's edit model per field. The binding decides no formatting itself: each field's function
 * reads only its own options.
 */
export const EDITORS: Readonly<Record<CardField, FieldEditor>> = {
  number: (from, edit, options) => editNumber(from, edit, options.number),
  expiry: (from, edit, options) => editExpiry(from, edit, options.expiry),
  cvc: (from, edit, options) =>
    editCvc(
      hasSecret(from) ? from : { ...from, secret: emptyCvcState().secret },
      edit,
      options.cvc,
    ),
  name: (from, edit, options) => editName(from, edit, options.name),
  postalCode: (from, edit, options) => editPostalCode(from, edit, options.postalCode),
};

/** An empty field with the caret at the start. */
export const EMPTY_STATE: FieldState = { value: "", selectionStart: 0, selectionEnd: 0 };

/** The edit that empties a field. */
export const EMPTY_EDIT: Edit = { kind: "replace", value: "", selectionStart: 0, selectionEnd: 0 };

/** An edit that runs a field's current value through the model again (a setting changed). */
export const again = ({ value, selectionStart, selectionEnd }: FieldState): Edit => ({
  kind: "replace",
  value,
  selectionStart,
  selectionEnd,
});
