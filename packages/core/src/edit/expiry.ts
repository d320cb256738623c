import { EXPIRY_FIELD } from "../format/format-expiry";
import { readEdit, readFieldState } from "../guard/edit-input";
import { ownOptions } from "../options/own-options";
import { type ExpiryOptions, type ExpiryResult, validateExpiry } from "../validators/expiry";
import { runEdit } from "./run-edit";
import type { Edit, EditResult, FieldState } from "./types";

/** The result of {@link editExpiry}; `status.month` and `status.year` hold the date once complete. */
export type ExpiryEditResult = EditResult<ExpiryResult>;

/**
 * Applies one edit to an expiry field shown as `MM / YY`. A first digit 2-9 is a month on its
 * own (`5` -> `05 / `), so is `1` followed by 3-9 (`13` -> `01 / 3`) and `1` followed by a typed
 * `/`; Backspace after `MM / ` removes the separator with the month's last digit; a complete date
 * in any common form (`MM/YYYY`, `YYYY-MM`, `M/YY`) pasted or autofilled replaces the field.
 * Never throws.
 *
 * Options: those of `validateExpiry` (`now`, `maxYearsAhead`, `locale`).
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
  givenState: FieldState,
  givenEdit: Edit,
  givenOptions?: ExpiryOptions,
): ExpiryEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const options = ownOptions(givenOptions);
  const [value, selectionStart, selectionEnd, units] = runEdit(EXPIRY_FIELD, state, edit);
  const status = validateExpiry(value, options);
  return {
    value,
    selectionStart,
    selectionEnd,
    status,
    complete: units.length === 4 && status.isValid,
  };
}
