import { readCvcState, readEdit } from "../guard/edit-input";
import type { LocaleOptions } from "../locale/types";
import { ownOptions } from "../options/own-options";
import { brandOption } from "../options/read-options";
import { Sensitive } from "../sensitive";
import { scanDigits } from "../text/normalize";
import type { Brand, BrandId } from "../types";
import { type CvcResult, validateCvc } from "../validators/cvc";
import { readDigit, runEdit } from "./run-edit";
import type { CvcFieldState, Edit, EditResult } from "./types";

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
  givenState: CvcFieldState,
  givenEdit: Edit,
  givenOptions?: CvcEditOptions,
): CvcEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readCvcState(givenState);
  const edit = readEdit(givenEdit);
  const options = ownOptions(givenOptions);
  const brand = brandOption(options.brand);
  const max = brand?.code.size ?? 4;
  const mask =
    typeof options.mask === "string" &&
    options.mask.length === 1 &&
    readDigit(options.mask, 0).unit === null
      ? options.mask
      : "\u2022";
  const shown = (units: string[]) => (options.reveal === true ? units : units.map(() => mask));
  // The digits the secret holds (anything else in it is dropped), at most 4.
  const secret = state.secret.tryReveal();
  const all = [...(typeof secret === "string" ? scanDigits(secret, Infinity).digits : "")].slice(
    0,
    4,
  );
  const [value, selectionStart, selectionEnd, units] = runEdit(
    {
      read: readDigit,
      // Each shown character stands for one digit.
      seen: (_, i) => ({ unit: all[i] ?? "", width: 1 }),
      fit: () => max,
      show: shown,
    },
    // A value out of step with the secret is redrawn.
    {
      ...state,
      value:
        typeof state?.value === "string" && state.value.length === all.length
          ? state.value
          : shown(all).join(""),
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
    complete: units.length === max && status.isValid,
  };
}
