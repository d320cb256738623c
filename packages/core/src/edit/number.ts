import { brandOf, groupUnits, MAX_NUMBER_LENGTH } from "../format/format-number";
import { readDigit } from "../text/unit-reader";
import type { Brand } from "../types";
import { type NumberOptions, type NumberResult, validateNumber } from "../validators/card-number";
import { runEdit } from "./run-edit";
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
  // The brand of a list of units, joined once per list: fit and show are asked about the same
  // lists, show last about the result's.
  let last: string[] | undefined;
  let joined = "";
  const digitsOf = (units: string[]) => {
    if (units !== last) {
      last = units;
      joined = units.join("");
    }
    return joined;
  };
  const brandFor = (units: string[]) => brandOf(digitsOf(units));
  const { value, selectionStart, selectionEnd, units } = runEdit(
    {
      read: readDigit,
      // The brand's longest length (19 without a brand), within `cap`: deleting a leading digit
      // can change the brand to a shorter one, and what is then beyond is dropped.
      fit: (units) => Math.min(cap, brandFor(units)?.lengths.at(-1) ?? 19),
      show: (units) => groupUnits(units, brandFor(units)),
    },
    state,
    edit,
  );
  const digits = digitsOf(units);
  const status = validateNumber(digits, options);
  // The brand validateNumber found is the one the digits certainly belong to (every valid number
  // has one). Complete is the smallest length it allows that is 16 or more, else its greatest
  // (Amex 15, Visa 16 though it allows 18 and 19), within `cap`.
  const brand = status.brand;
  const lengths = brand?.lengths ?? [];
  return {
    value,
    selectionStart,
    selectionEnd,
    status,
    complete:
      status.isValid &&
      digits.length >= Math.min(cap, lengths.find((n) => n >= 16) ?? lengths.at(-1) ?? cap),
    brand,
    digits,
  };
}
