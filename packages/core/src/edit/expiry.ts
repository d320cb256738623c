import { EXPIRY_DIGITS, layoutExpiry, padMonth, parseExpiryDate } from "../format/format-expiry";
import { type ExpiryOptions, type ExpiryResult, validateExpiry } from "../validators/expiry";
import { offsetAfterUnits } from "./caret";
import { type FieldSpec, readDigit, runEdit } from "./run-edit";
import type { Edit, EditResult, FieldState } from "./types";

/** Options of {@link editExpiry}: the options of `validateExpiry` (`now`, `maxYearsAhead`, `locale`). */
export type ExpiryEditOptions = ExpiryOptions;

/** The result of {@link editExpiry}; `status.month` and `status.year` hold the date once complete. */
export type ExpiryEditResult = EditResult<ExpiryResult>;

/** A separator a person may type after a one-digit month (`1/` means January). */
const SEPARATOR_TYPED = /^[\s/.\-\u2215\uff0f]+$/;

/** The full date an edit carries (autofill's `MM/YYYY`, a pasted `YYYY-MM`), as `MMYY` units. */
function wholeDate(edit: Edit, units: readonly string[]): string[] | null {
  const text =
    edit.kind === "replace" ? edit.value : edit.inputType.startsWith("insert") ? edit.data : null;
  if (typeof text !== "string") return null;
  const date = parseExpiryDate(text);
  if (date) return [...date];
  // "1" then "/" can only be January.
  if (edit.kind === "input" && units.join("") === "1" && SEPARATOR_TYPED.test(text))
    return ["0", "1"];
  return null;
}

const EXPIRY_SPEC: FieldSpec = {
  read: readDigit,
  isBreak: (value, i) => readDigit(value, i).unit === null,
  insert(units, at, unit) {
    const { digits, shift } = padMonth([...units.slice(0, at), unit, ...units.slice(at)].join(""));
    return digits.length <= EXPIRY_DIGITS ? { units: [...digits], caret: at + 1 + shift } : null;
  },
  settle(units) {
    const { digits, shift } = padMonth(units.join(""));
    return { units: [...digits.slice(0, EXPIRY_DIGITS)], shift };
  },
  display: (units) => layoutExpiry(units.join("")),
  // After the last digit of a complete month the caret goes past " / ", where typing continues.
  offset: (display, units, k) =>
    k === units.length ? display.length : offsetAfterUnits(display, k),
  whole: wholeDate,
};

/**
 * Applies one edit to an expiry field shown as `MM / YY`. A first digit 2-9 is a month on its
 * own (`5` -> `05 / `), so is `1` followed by 3-9 (`13` -> `01 / 3`) and `1` followed by a typed
 * `/`; Backspace after `MM / ` removes the separator with the month's last digit; a complete date
 * in any common form (`MM/YYYY`, `YYYY-MM`, `M/YY`) pasted or autofilled replaces the field.
 * Never throws.
 *
 * @example
 * const next = editExpiry(
 *   { value: "1", selectionStart: 1, selectionEnd: 1 },
 *   { kind: "input", inputType: "insertText", data: "2" },
 * );
 * next.value; // "12 / "
 * next.selectionStart; // 5
 */
export function editExpiry(
  state: FieldState,
  edit: Edit,
  options: ExpiryEditOptions = {},
): ExpiryEditResult {
  const run = runEdit(EXPIRY_SPEC, state, edit);
  const status = validateExpiry(run.value, options);
  return {
    value: run.value,
    selectionStart: run.selectionStart,
    selectionEnd: run.selectionEnd,
    status,
    complete: run.units.length === EXPIRY_DIGITS && status.isValid,
  };
}
