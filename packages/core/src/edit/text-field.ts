import type { ValidationResult } from "../types";
import { runEdit, type UnitReader } from "./run-edit";
import type { Edit, EditResult, FieldState } from "./types";

/** A space of any kind: what JavaScript's `\s` matches but line and paragraph separators and U+FEFF. */
export const SPACE = /[^\S\u2028\u2029\ufeff]/;

/**
 * Edits a plain text field (a name, a postal code): units are the characters `read` keeps, shown
 * as they are, at most `max` UTF-16 code units in all (a unit that would pass it is dropped where
 * it was inserted); then validates the value.
 */
export function editText<S extends ValidationResult>(
  state: FieldState,
  edit: Edit,
  read: UnitReader,
  stop: (value: string, i: number) => boolean,
  max: number,
  validate: (value: string) => S,
): EditResult<S> {
  const [value, selectionStart, selectionEnd] = runEdit(
    {
      read,
      stop,
      fit(units) {
        // The units that end within `max` code units: a prefix, as none is empty.
        let used = 0;
        return units.filter((unit) => {
          used += unit.length;
          return used <= max;
        }).length;
      },
      show: (units) => units,
    },
    state,
    edit,
  );
  return { value, selectionStart, selectionEnd, status: validate(value), complete: false };
}
