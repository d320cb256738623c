import { readEdit, readFieldState } from "../guard/edit-input";
import { readTextOptions } from "../options/read-options";
import { CONTROL } from "../text/normalize";
import type { UnitReader } from "../text/unit-reader";
import {
  DEFAULT_MAX_NAME_LENGTH,
  type NameOptions,
  validateCardholderName,
} from "../validators/cardholder-name";
import { editText, SPACE } from "./text-field";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Every character a person can see: invisible and bidirectional controls, other control
 * characters and lone surrogates go; tabs and line breaks become a space.
 */
const readNameChar: UnitReader = (text, i) => {
  // A surrogate pair, or one code unit (a lone surrogate stays alone).
  const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
  const unit = /[\t-\r]/.test(char)
    ? " "
    : CONTROL.test(char) || /^[\ud800-\udfff]$/.test(char)
      ? null
      : char;
  return { unit, width: char.length };
};

/**
 * Applies one edit to a cardholder-name field: free text, with invisible and control characters
 * dropped and the length capped at `maxLength` (what does not fit is dropped where it was
 * inserted). Word deletions stop at spaces. Never throws.
 *
 * Options: those of `validateCardholderName`; `maxLength` also caps what the field takes.
 *
 * @example
 * editName(
 *   { value: "Ada", selectionStart: 3, selectionEnd: 3 },
 *   { kind: "input", inputType: "insertText", data: " L\u200bovelace" },
 * ).value; // "Ada Lovelace"
 */
export function editName(
  givenState: FieldState,
  givenEdit: Edit,
  givenOptions?: NameOptions,
): EditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const options = readTextOptions(givenOptions, {
    withMin: false,
    defaultMax: DEFAULT_MAX_NAME_LENGTH,
  });
  return editText(state, edit, {
    read: readNameChar,
    stop: (value, i) => SPACE.test(value.charAt(i)),
    maxLength: Math.max(0, options.maxLength ?? DEFAULT_MAX_NAME_LENGTH),
    validate: (value) => validateCardholderName(value, options),
  });
}
