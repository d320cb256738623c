import { isInvisibleControl } from "../text/normalize";
import {
  DEFAULT_MAX_NAME_LENGTH,
  type NameOptions,
  type NameResult,
  validateCardholderName,
} from "../validators/cardholder-name";
import { runEdit } from "./run-edit";
import type { UnitReader } from "./splice";
import { isSpace, textSpec } from "./text-field";
import type { Edit, EditResult, FieldState } from "./types";

/**
 * Options of {@link editName}: the options of `validateCardholderName`. `maxLength` also caps
 * what the field takes.
 */
export type NameEditOptions = NameOptions;

/**
 * Keeps every character a person can see: drops invisible and bidirectional controls, other
 * control characters and lone surrogates; tabs and line breaks become a space.
 */
const readNameChar: UnitReader = (text, i) => {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff
      ? { unit: text.slice(i, i + 2), width: 2 }
      : { unit: null, width: 1 };
  }
  if (code >= 0xdc00 && code <= 0xdfff) return { unit: null, width: 1 };
  if (code >= 0x09 && code <= 0x0d) return { unit: " ", width: 1 };
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || isInvisibleControl(code)) {
    return { unit: null, width: 1 };
  }
  return { unit: text.charAt(i), width: 1 };
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
  const max = Math.max(0, options.maxLength ?? DEFAULT_MAX_NAME_LENGTH);
  const isBreak = (value: string, i: number) => isSpace(value.charCodeAt(i));
  const run = runEdit(textSpec(readNameChar, isBreak, max), state, edit);
  const status = validateCardholderName(run.value, options);
  return {
    value: run.value,
    selectionStart: run.selectionStart,
    selectionEnd: run.selectionEnd,
    status,
    complete: false,
  };
}
