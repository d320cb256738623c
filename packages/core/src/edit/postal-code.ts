import { digitValue } from "../text/normalize";
import {
  DEFAULT_MAX_POSTAL_CODE_LENGTH,
  type PostalCodeOptions,
  type PostalCodeResult,
  validatePostalCode,
} from "../validators/postal-code";
import { runEdit } from "./run-edit";
import type { UnitReader } from "./splice";
import { isSpace, textSpec } from "./text-field";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Options of {@link editPostalCode}: the options of `validatePostalCode`. `maxLength` also caps
 * what the field takes.
 */
export type PostalCodeEditOptions = PostalCodeOptions;

/** Keeps ASCII letters (uppercased), digits of any script (as ASCII), spaces and hyphens. */
const readPostalChar: UnitReader = (text, i) => {
  const code = text.charCodeAt(i);
  const digit = digitValue(code);
  if (digit >= 0) return { unit: String(digit), width: 1 };
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    return { unit: text.charAt(i).toUpperCase(), width: 1 };
  }
  if (isSpace(code)) return { unit: " ", width: 1 };
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2013) || code === 0x2212) {
    return { unit: "-", width: 1 };
  }
  return { unit: null, width: 1 };
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
  const max = Math.max(0, options.maxLength ?? DEFAULT_MAX_POSTAL_CODE_LENGTH);
  const isBreak = (value: string, i: number) =>
    readPostalChar(value, i).unit === " " || value[i] === "-";
  const run = runEdit(textSpec(readPostalChar, isBreak, max), state, edit);
  const status = validatePostalCode(run.value, options);
  return {
    value: run.value,
    selectionStart: run.selectionStart,
    selectionEnd: run.selectionEnd,
    status,
    complete: false,
  };
}
