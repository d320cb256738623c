import { maskChar } from "../format/mask-char";
import { readCvcSecret, readEdit, readFieldState } from "../guard/edit-input";
import type { LocaleOptions } from "../locale/types";
import { ownOptions } from "../options/own-options";
import { brandOption } from "../options/read-options";
import { Sensitive } from "../sensitive";
import { scanDigits } from "../text/normalize";
import { readDigit } from "../text/unit-reader";
import type { Brand, BrandId } from "../types";
import { type CvcResult, validateCvc } from "../validators/cvc";
import { type EditOutcome, runEdit } from "./run-edit";
import { digitTypedAtEnd } from "./typed-at-end";
import type { CvcFieldState, Edit, EditResult, FieldState } from "./types";

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
  givenState: CvcFieldState,
  givenEdit: Edit,
  givenOptions?: CvcEditOptions,
): CvcEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const options = ownOptions(givenOptions);
  const brand = brandOption(options.brand);
  const size = brand?.code.size ?? MAX_CVC_LENGTH;
  const reveal = options.reveal === true;
  const mask = maskChar(options.mask);
  // The digits the secret holds (anything else in it is dropped), at most 4.
  const held = [...scanDigits(readCvcSecret(givenState), Infinity).digits].slice(0, MAX_CVC_LENGTH);
  const field: CvcField = {
    held,
    // Digits typed for another brand (a fourth for an Amex, then the number became a Visa) stay:
    // the validator reports the length; new digits only go in while there is room.
    room: Math.max(size, held.length),
    // Each shown character stands for one digit: a mask (one or two code units) or the digit.
    width: reveal ? 1 : mask.length,
    shown: (units) => (reveal ? units : units.map(() => mask)),
  };
  const { value, selectionStart, selectionEnd, units } =
    typeAtEnd(state, edit, field) ?? runCvcEdit(state, edit, field);
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

/** What a CVC edit works with: the digits held, how many fit, and how each is shown. */
interface CvcField {
  readonly held: string[];
  readonly room: number;
  /** The UTF-16 code units each shown digit takes. */
  readonly width: number;
  readonly shown: (units: string[]) => string[];
}

/** Whether the shown value is in step with the digits held (one shown character each). */
const inStep = (state: FieldState, field: CvcField) =>
  state.value.length === field.held.length * field.width;

/**
 * The fast path: one digit typed at the end of a field in step with its secret, with room for it.
 * Returns exactly what {@link runCvcEdit} returns for that edit (a property test compares them),
 * or null to leave the edit to it.
 */
function typeAtEnd(state: FieldState, edit: Edit, field: CvcField): EditOutcome | null {
  const typed = digitTypedAtEnd(state, edit);
  if (typed === null || !inStep(state, field) || field.held.length >= field.room) return null;
  const units = [...field.held, typed];
  const value = field.shown(units).join("");
  return { value, selectionStart: value.length, selectionEnd: value.length, units };
}

/** Any edit, through the general edit model, mapped position by position onto the digits. */
function runCvcEdit(state: FieldState, edit: Edit, field: CvcField): EditOutcome {
  const { held, width, room, shown } = field;
  return runEdit(
    {
      read: readDigit,
      seen: (_, i) => ({ unit: held[Math.floor(i / width)] ?? "", width }),
      fit: () => room,
      show: shown,
    },
    // A value out of step with the secret is redrawn.
    { ...state, value: inStep(state, field) ? state.value : shown(held).join("") },
    edit,
  );
}
