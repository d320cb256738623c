import {
  type Brand,
  type BrandId,
  type CardField,
  type CvcFieldState,
  type Edit,
  type EditResult,
  editCvc,
  editExpiry,
  editName,
  editNumber,
  editPostalCode,
  type FieldState,
  type Locale,
  type Sensitive,
} from "@cardward/core";

/** What core's edit functions need from the controller's settings. */
export interface EditContext {
  readonly locale: Locale;
  readonly acceptedBrands: readonly BrandId[] | undefined;
  readonly now: () => Date;
  readonly brand: Brand | null;
  readonly mask: string;
  readonly reveal: boolean;
}

/** An edit's outcome for any field: the number adds its brand, the CVC its secret. */
export type FieldEditResult = EditResult & {
  readonly brand?: Brand | null;
  readonly secret?: Sensitive<string>;
};

/** Runs core's edit model for `field`. The binding decides no formatting itself. */
export function editField(
  field: CardField,
  state: FieldState,
  edit: Edit,
  context: EditContext,
): FieldEditResult {
  const { locale, acceptedBrands, now, brand, mask, reveal } = context;
  switch (field) {
    case "number":
      return editNumber(state, edit, acceptedBrands ? { locale, acceptedBrands } : { locale });
    case "expiry":
      return editExpiry(state, edit, { locale, now });
    case "cvc":
      return editCvc(state as CvcFieldState, edit, { locale, brand, mask, reveal });
    case "name":
      return editName(state, edit, { locale });
    default:
      return editPostalCode(state, edit, { locale });
  }
}
