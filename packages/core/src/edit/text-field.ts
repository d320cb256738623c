import type { UnitReader } from "../text/unit-reader";
import type { ValidationResult } from "../types";
import { runEdit } from "./run-edit";
import type { Edit, EditResult, FieldState } from "./types";

/** A space of any kind: what JavaScript's `\s` matches but line and paragraph separators and U+FEFF. */
export const SPACE = /[^\S\u2028\u2029\ufeff]/;

/** What a plain text field is, for {@link editText}. */
export interface TextField<S extends ValidationResult> {
  /** Reads the characters the field keeps (a unit each), dropping the rest. */
  readonly read: UnitReader;
  /** Whether the value's character at `i` ends a word (word deletions stop there). */
  readonly stop: (value: string, i: number) => boolean;
  /** At most this many UTF-16 code units in all. */
  readonly maxLength: number;
  /** Validates the new value. */
  readonly validate: (value: string) => S;
}

/**
 * Edits a plain text field (a name, a postal code): units are the characters `read` keeps, shown
 * as they are, at most `maxLength` UTF-16 code units in all (a unit that would pass it is dropped
 * where it was inserted); then validates the value.
 */
export function editText<S extends ValidationResult>(
  state: FieldState,
  edit: Edit,
  field: TextField<S>,
): EditResult<S> {
  const { read, stop, maxLength } = field;
  const { value, selectionStart, selectionEnd } = runEdit(
    {
      read,
      stop,
      fit(units) {
        // The units that end within `maxLength` code units: a prefix, as none is empty.
        let used = 0;
        return units.filter((unit) => {
          used += unit.length;
          return used <= maxLength;
        }).length;
      },
      show: (units) => units,
    },
    state,
    edit,
  );
  return { value, selectionStart, selectionEnd, status: field.validate(value), complete: false };
}
