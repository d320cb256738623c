import { getBrand } from "../brands/detect-brand";
import type { LocaleOptions } from "../locale/types";
import { Sensitive } from "../sensitive";
import type { Brand, BrandId } from "../types";
import { type CvcResult, validateCvc } from "../validators/cvc";
import { type FieldSpec, readDigit, runEdit } from "./run-edit";
import type { UnitText } from "./splice";
import type { CvcFieldState, Edit, EditResult } from "./types";

/** The mask character of a concealed CVC by default. */
export const DEFAULT_CVC_MASK = "\u2022";

/** Options of {@link editCvc}. */
export interface CvcEditOptions extends LocaleOptions {
  /**
   * The card's brand (or its id): the field takes as many digits as its code size.
   * @default null (up to 4 digits)
   */
  readonly brand?: Brand | BrandId | null;
  /**
   * The character shown for each digit: one UTF-16 code unit that is not a digit.
   * @default "•"
   */
  readonly mask?: string;
  /**
   * Show the digits instead of the mask (for a "show" button). The digits then are in `value`.
   * @default false
   */
  readonly reveal?: boolean;
}

/** The result of {@link editCvc}: a {@link CvcFieldState} to pass to the next edit, plus status. */
export interface CvcEditResult extends EditResult<CvcResult>, CvcFieldState {
  /** The real digits, in a new `Sensitive` (the input state's is never changed). */
  readonly secret: Sensitive<string>;
}

/** A concealed CVC field holding nothing. */
export function emptyCvcState(): CvcFieldState {
  return { value: "", selectionStart: 0, selectionEnd: 0, secret: new Sensitive("") };
}

/** The digits a secret holds (anything else in it is dropped). */
function digitsOf(secret: unknown): string[] {
  const text = secret instanceof Sensitive ? secret.reveal() : undefined;
  if (typeof text !== "string") return [];
  const digits: string[] = [];
  for (let i = 0; i < text.length && digits.length < 4; i++) {
    const unit = readDigit(text, i).unit;
    if (unit !== null) digits.push(unit);
  }
  return digits;
}

/**
 * Applies one edit to a concealed security-code field. The shown `value` holds one mask
 * character per digit; every edit on it (typing, deleting, selecting and replacing, pasting, a
 * `replace` whose raw value mixes mask characters and new digits) is mapped position by position
 * onto the real digits, which leave the model only inside the result's new `secret`. Never throws.
 *
 * @example
 * const next = editCvc(emptyCvcState(), { kind: "input", inputType: "insertFromPaste", data: "737" });
 * next.value; // "•••"
 * next.secret.reveal(); // "737"
 */
export function editCvc(
  state: CvcFieldState,
  edit: Edit,
  options: CvcEditOptions = {},
): CvcEditResult {
  const brand = typeof options.brand === "string" ? getBrand(options.brand) : options.brand;
  const max = brand?.code?.size ?? 4;
  const mask =
    typeof options.mask === "string" &&
    options.mask.length === 1 &&
    readDigit(options.mask, 0).unit === null
      ? options.mask
      : DEFAULT_CVC_MASK;
  const display = (units: readonly string[]) =>
    options.reveal === true ? units.join("") : mask.repeat(units.length);
  const all = digitsOf(state?.secret);
  // Each shown character stands for one digit; a value out of step with the secret is redrawn.
  const shown =
    typeof state?.value === "string" && state.value.length === all.length
      ? state.value
      : display(all);
  const source = (text: string): UnitText => ({
    units: all,
    ends: Array.from({ length: Math.min(text.length, 256) }, (_, i) => i + 1),
  });
  const spec: FieldSpec = {
    read: readDigit,
    isBreak: () => false,
    insert: (units, at, unit) =>
      units.length < max
        ? { units: [...units.slice(0, at), unit, ...units.slice(at)], caret: at + 1 }
        : null,
    settle: (units) => ({ units: units.slice(0, max), shift: 0 }),
    display,
    offset: (_display, _units, k) => k,
    source,
  };
  const run = runEdit(spec, { ...state, value: shown }, edit);
  const secret = new Sensitive(run.units.join(""));
  const status = validateCvc(secret, {
    brand: brand ?? null,
    locale: options.locale,
  });
  return {
    value: run.value,
    selectionStart: run.selectionStart,
    selectionEnd: run.selectionEnd,
    secret,
    status,
    complete: run.units.length === max && status.isValid,
  };
}
