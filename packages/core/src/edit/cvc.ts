import { getBrand } from "../brands/detect-brand";
import { maskChar } from "../format/mask-char";
import type { LocaleOptions } from "../locale/types";
import { Sensitive } from "../sensitive";
import { scanDigits } from "../text/normalize";
import { readDigit } from "../text/unit-reader";
import type { Brand, BrandId } from "../types";
import { type CvcResult, validateCvc } from "../validators/cvc";
import { runEdit } from "./run-edit";
import type { CvcFieldState, Edit, EditResult } from "./types";

/** Options of {@link editCvc}. */
export interface CvcEditOptions extends LocaleOptions {
  /**
   * The card's brand (or its id): the field takes as many digits as its code size.
   * @default null (up to 4 digits)
   */
  readonly brand?: Brand | BrandId | null;
  /**
   * The character shown for each digit: one visible character that is not a digit (see
   * `isMaskChar`); anything else shows the default.
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

/** The most digits a security code has (American Express's CID). */
const MAX_CVC_LENGTH = 4;

/** A concealed CVC field holding nothing. */
export function emptyCvcState(): CvcFieldState {
  return { value: "", selectionStart: 0, selectionEnd: 0, secret: new Sensitive("") };
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
  const size = brand?.code?.size ?? MAX_CVC_LENGTH;
  const reveal = options.reveal === true;
  const mask = maskChar(options.mask);
  const shown = (units: string[]) => (reveal ? units : units.map(() => mask));
  // Each shown character stands for one digit: a mask (one or two code units) or the digit.
  const width = reveal ? 1 : mask.length;
  // The digits the secret holds (anything else in it is dropped), at most 4.
  const secret = state?.secret instanceof Sensitive ? state.secret.reveal() : undefined;
  const held = [...(typeof secret === "string" ? scanDigits(secret, Infinity).digits : "")].slice(
    0,
    MAX_CVC_LENGTH,
  );
  // Digits typed for another brand (a fourth for an Amex, then the number became a Visa) stay:
  // the validator reports the length; new digits only go in while there is room.
  const room = Math.max(size, held.length);
  const { value, selectionStart, selectionEnd, units } = runEdit(
    {
      read: readDigit,
      seen: (_, i) => ({ unit: held[Math.floor(i / width)] ?? "", width }),
      fit: () => room,
      show: shown,
    },
    // A value out of step with the secret is redrawn.
    {
      ...state,
      value:
        typeof state?.value === "string" && state.value.length === held.length * width
          ? state.value
          : shown(held).join(""),
    },
    edit,
  );
  const next = new Sensitive(units.join(""));
  const status = validateCvc(next, { brand: brand ?? null, locale: options.locale });
  return {
    value,
    selectionStart,
    selectionEnd,
    secret: next,
    status,
    complete: units.length === size && status.isValid,
  };
}
