import {
  type Brand,
  type BrandId,
  type CardField,
  type Edit,
  type EditResult,
  editCvc,
  editExpiry,
  editName,
  editNumber,
  editPostalCode,
  en,
  type FieldState,
  getBrand,
  type Locale,
  type Sensitive,
} from "@cardward/core";

/** An edit's outcome for any field: the number adds its brand, the CVC its secret. */
export type FieldResult = EditResult & {
  readonly brand?: Brand | null;
  readonly secret?: Sensitive<string>;
};

/** What core's edit functions read: one long-lived object, so a keystroke allocates no options. */
export interface ModelContext {
  locale: Locale;
  acceptedBrands?: readonly BrandId[] | undefined;
  /** The number's brand (the CVC's length follows it). */
  brand: Brand | null;
  mask: string;
  reveal: boolean;
  now: () => Date;
}

type EditFunction = (state: FieldState, edit: Edit, options: ModelContext) => FieldResult;

/** Core's edit model per field: the frame decides no formatting itself. */
const EDITS = {
  number: editNumber,
  expiry: editExpiry,
  cvc: editCvc,
  name: editName,
  postalCode: editPostalCode,
} as unknown as Record<CardField, EditFunction>;

/** An edit that empties a field. */
const EMPTY: Edit = { kind: "replace", value: "", selectionStart: 0, selectionEnd: 0 };

/** One field's value, kept in the frame only. */
export interface FieldModel {
  readonly context: ModelContext;
  /** The last edit's result (the CVC's digits in its `secret`). */
  readonly current: FieldResult;
  /** Applies an edit from the current state (with the browser's selection for typed input). */
  apply(edit: Edit, selection?: { start: number; end: number }): FieldResult;
  /** Runs the current value through the model again (settings or brand changed). */
  refresh(): FieldResult;
  /** Empties the field and wipes the CVC's secret. */
  clear(): FieldResult;
  /** Sets the number's brand for the CVC's length (by id, from the number frame). */
  setBrand(id: BrandId | null): boolean;
}

/** Creates the model of one field; `context` is shared with the caller, who may change it. */
export function createFieldModel(field: CardField, context: ModelContext): FieldModel {
  const run = EDITS[field];
  let current = run({ value: "", selectionStart: 0, selectionEnd: 0 }, EMPTY, context);
  const step = (from: FieldState, edit: Edit) => {
    const previous = current.secret;
    current = run(from, edit, context);
    if (previous && previous !== current.secret) previous.wipe();
    return current;
  };
  const state = (): FieldState & { secret?: Sensitive<string> } => current;
  return {
    context,
    get current() {
      return current;
    },
    apply(edit, selection) {
      const from = selection
        ? { ...state(), selectionStart: selection.start, selectionEnd: selection.end }
        : state();
      return step(from, edit);
    },
    refresh: () => step(state(), { ...state(), kind: "replace" }),
    clear: () => step({ value: "", selectionStart: 0, selectionEnd: 0 }, EMPTY),
    setBrand(id) {
      const brand = id ? (getBrand(id) ?? null) : null;
      if (brand?.id === context.brand?.id) return false;
      context.brand = brand;
      return true;
    },
  };
}

/** The context before the page's settings arrive. */
export function defaultContext(): ModelContext {
  return { locale: en, brand: null, mask: "•", reveal: false, now: () => new Date() };
}
