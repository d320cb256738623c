import { brandOf, groupDigits, MAX_NUMBER_LENGTH } from "../format/format-number";
import type { Brand } from "../types";
import { type NumberOptions, type NumberResult, validateNumber } from "../validators/card-number";
import { offsetAfterUnits } from "./caret";
import { type FieldSpec, readDigit, runEdit } from "./run-edit";
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

/** The most digits `digits` may grow to: the brand's longest length, else 19, within `cap`. */
function longest(digits: string, cap: number): number {
  const lengths = brandOf(digits)?.lengths;
  return Math.min(cap, lengths?.[lengths.length - 1] ?? MAX_NUMBER_LENGTH);
}

/**
 * How many digits make a number of `brand` complete (what auto-advance waits for): the smallest
 * length it allows that is 16 or more, else its greatest: Amex 15, Visa 16 (though it allows 18
 * and 19), Diners Club 16, Maestro 16.
 */
function completeLength(brand: Brand | null): number {
  const lengths = brand?.lengths ?? [MAX_NUMBER_LENGTH];
  return lengths.find((n) => n >= 16) ?? (lengths[lengths.length - 1] as number);
}

/** The field spec for a card number with at most `cap` digits. */
function numberSpec(cap: number): FieldSpec {
  return {
    read: readDigit,
    isBreak: (value, i) => readDigit(value, i).unit === null,
    insert(units, at, unit) {
      if (units.length >= cap) return null;
      const next = [...units.slice(0, at), unit, ...units.slice(at)];
      return next.length <= longest(next.join(""), cap) ? { units: next, caret: at + 1 } : null;
    },
    settle(units) {
      // Deleting a leading digit can change the brand to a shorter one: drop what is now beyond.
      return { units: units.slice(0, longest(units.join(""), cap)), shift: 0 };
    },
    display: (units) => groupDigits(units.join(""), brandOf(units.join(""))),
    offset: (display, _units, k) => offsetAfterUnits(display, k),
  };
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
  const run = runEdit(numberSpec(cap), state, edit);
  const digits = run.units.join("");
  const status = validateNumber(digits, options);
  const brand = brandOf(digits);
  return {
    value: run.value,
    selectionStart: run.selectionStart,
    selectionEnd: run.selectionEnd,
    status,
    complete: status.isValid && digits.length >= Math.min(cap, completeLength(brand)),
    brand,
    digits,
  };
}
