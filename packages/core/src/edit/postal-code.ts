import { digitAt } from "../text/normalize";
import type { UnitReader } from "../text/unit-reader";
import {
  DEFAULT_MAX_POSTAL_CODE_LENGTH,
  type PostalCodeOptions,
  type PostalCodeResult,
  validatePostalCode,
} from "../validators/postal-code";
import { editText, SPACE } from "./text-field";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Options of {@link editPostalCode}: the options of `validatePostalCode`. `maxLength` also caps
 * what the field takes.
 */
export type PostalCodeEditOptions = PostalCodeOptions;

/** Keeps ASCII letters (uppercased), digits of any script (as ASCII), spaces and hyphens. */
const readPostalChar: UnitReader = (text, i) => {
  const char = text.charAt(i);
  const digit = digitAt(char, 0).digit;
  const unit =
    digit >= 0
      ? String(digit)
      : /[a-z]/i.test(char)
        ? char.toUpperCase()
        : SPACE.test(char)
          ? " "
          : /[-\u2010-\u2013\u2212]/.test(char)
            ? "-"
            : null;
  return { unit, width: 1 };
};

/**
 * Applies one edit to a postal-code field: ASCII letters (shown uppercase), digits, spaces and
 * hyphens; anything else is dropped; at most `maxLength` characters. Never throws.
 *
 * @example
 * editPostalCode(
 *   { value: "", selectionStart: 0, selectionEnd: 0 },
 *   { kind: "input", inputType: "insertFromPaste", data: "sw1a 1aa" },
 * ).value; // "SW1A 1AA"
 */
export function editPostalCode(
  state: FieldState,
  edit: Edit,
  options: PostalCodeEditOptions = {},
): EditResult<PostalCodeResult> {
  return editText(state, edit, {
    read: readPostalChar,
    stop: (value, i) => readPostalChar(value, i).unit === " " || value[i] === "-",
    maxLength: Math.max(0, options.maxLength ?? DEFAULT_MAX_POSTAL_CODE_LENGTH),
    validate: (value) => validatePostalCode(value, options),
  });
}
