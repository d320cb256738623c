import { CONTROL } from "../text/normalize";
import type { UnitReader } from "../text/unit-reader";
import {
  DEFAULT_MAX_NAME_LENGTH,
  type NameOptions,
  type NameResult,
  validateCardholderName,
} from "../validators/cardholder-name";
import { editText, SPACE } from "./text-field";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Options of {@link editName}: the options of `validateCardholderName`. `maxLength` also caps
 * what the field takes.
 */
export type NameEditOptions = NameOptions;

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
 * @example
 * editName(
 *   { value: "Ada", selectionStart: 3, selectionEnd: 3 },
 *   { kind: "input", inputType: "insertText", data: " L\u200bovelace" },
 * ).value; // "Ada Lovelace"
 */
export function editName(
  state: FieldState,
  edit: Edit,
  options: NameEditOptions = {},
): EditResult<NameResult> {
  return editText(state, edit, {
    read: readNameChar,
    stop: (value, i) => SPACE.test(value.charAt(i)),
    maxLength: Math.max(0, options.maxLength ?? DEFAULT_MAX_NAME_LENGTH),
    validate: (value) => validateCardholderName(value, options),
  });
}
