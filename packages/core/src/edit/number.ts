import { brandOf, groupUnits, MAX_NUMBER_LENGTH } from "../format/format-number";
import { readDigit } from "../text/unit-reader";
import type { Brand } from "../types";
import { type NumberOptions, type NumberResult, validateNumber } from "../validators/card-number";
import { runEdit } from "./run-edit";
import { digitTypedAtEnd } from "./typed-at-end";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Options of {@link editNumber}: the options of `validateNumber` (`acceptedBrands`, `maxLength`,
 * `luhnValidateUnionPay`, `locale`). `maxLength` also caps how many digits the field takes.
 */
export type NumberEditOptions = NumberOptions;

/** The result of {@link editNumber}. */
export interface NumberEditResult extends EditResult<NumberResult> {
  /** The brand the digits certainly belong to (decides the grouping), or null. */
  readonly brand: Brand | null;
  /** The digits shown, without separators. */
  readonly digits: string;
}

/**
 * Applies one edit to a card-number field and returns the next value (digits grouped by the
 * brand's gaps), caret and status. Digits beyond the brand's longest length (or `maxLength`) are
 * dropped where they were inserted, never shifting the rest; Backspace just after a space removes
 * the digit before it. Never throws.
 *
 * @example
 * const next = editNumber(
 *   { value: "4242 424", selectionStart: 8, selectionEnd: 8 },
 *   { kind: "input", inputType: "insertText", data: "2" },
 * );
 * next.value; // "4242 4242"
 * next.selectionStart; // 9
 */
export function editNumber(
  state: FieldState,
  edit: Edit,
  options: NumberEditOptions = {},
): NumberEditResult {
  const max = options.maxLength;
  const cap =
    typeof max === "number" && max >= 1 ? Math.min(max, MAX_NUMBER_LENGTH) : MAX_NUMBER_LENGTH;
  const edited = typeAtEnd(state, edit, cap) ?? runNumberEdit(state, edit, cap);
  const { digits } = edited;
  const status = validateNumber(digits, options);
  // The brand validateNumber found is the one the digits certainly belong to (every valid number
  // has one). Complete is the smallest length it allows that is 16 or more, else its greatest
  // (Amex 15, Visa 16 though it allows 18 and 19), within `cap`.
  const brand = status.brand;
  const lengths = brand?.lengths ?? [];
  return {
    value: edited.value,
    selectionStart: edited.selectionStart,
    selectionEnd: edited.selectionEnd,
    status,
    complete:
      status.isValid &&
      digits.length >= Math.min(cap, lengths.find((n) => n >= 16) ?? lengths.at(-1) ?? cap),
    brand,
    digits,
  };
}

/** A number field after an edit: the shown value, the selection and the digits. */
interface NumberEdited extends FieldState {
  readonly digits: string;
}

/** How many digits a number of `brand` may have: its longest length (19 without), within `cap`. */
const longest = (brand: Brand | null, cap: number) =>
  Math.min(cap, brand?.lengths.at(-1) ?? MAX_NUMBER_LENGTH);

/** A value of ASCII digits and spaces only: the shape the field shows. */
const SHOWN_NUMBER = /^[0-9 ]*$/;

/**
 * The fast path: one digit typed at the end of a shown number that has room for it. Returns
 * exactly what {@link runNumberEdit} returns for that edit (a property test compares them), or
 * null to leave the edit to it.
 */
function typeAtEnd(state: FieldState, edit: Edit, cap: number): NumberEdited | null {
  const typed = digitTypedAtEnd(state, edit);
  if (typed === null || !SHOWN_NUMBER.test(state.value)) return null;
  const digits = state.value.replace(/ /g, "") + typed;
  const brand = brandOf(digits);
  if (digits.length > longest(brand, cap)) return null;
  const value = groupUnits([...digits], brand).join("");
  return { value, selectionStart: value.length, selectionEnd: value.length, digits };
}

/** Any edit, through the general edit model. */
function runNumberEdit(state: FieldState, edit: Edit, cap: number): NumberEdited {
  // The brand of a list of units, joined and detected once per list: fit and show are asked about
  // the same lists, show last about the result's.
  let last: string[] | undefined;
  let joined = "";
  let brand: Brand | null = null;
  const brandFor = (units: string[]) => {
    if (units !== last) {
      last = units;
      joined = units.join("");
      brand = brandOf(joined);
    }
    return brand;
  };
  const edited = runEdit(
    {
      read: readDigit,
      // Deleting a leading digit can change the brand to a shorter one, and what is then beyond
      // is dropped.
      fit: (units) => longest(brandFor(units), cap),
      show: (units) => groupUnits(units, brandFor(units)),
    },
    state,
    edit,
  );
  const { value, selectionStart, selectionEnd, units } = edited;
  return { value, selectionStart, selectionEnd, digits: units.join("") };
}
