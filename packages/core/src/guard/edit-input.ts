import type { Edit, FieldState } from "../edit/types";
import { unwrapSensitive } from "../sensitive";
import { capLength } from "../text/normalize";

/**
 * The guard at the entry of every exported edit function: it reads the field state and the edit
 * as plain values, own properties only, each string capped, so that the edit model never sees a
 * proxy, a getter, a polluted prototype or a megabyte of text, and so never throws and never
 * works longer than its caps allow.
 */

/**
 * The longest text an edit function reads from a state's value, an edit's data or a replaced
 * value. A field shows at most a few dozen characters; a paste longer than this is cut first.
 */
export const MAX_EDIT_TEXT = 1024;
/** The longest `inputType` read (the longest the Input Events spec names is 27 characters). */
const MAX_INPUT_TYPE = 64;
/** The longest secret a CVC state is read from: far more than any code, far less than 1 MB. */
const MAX_SECRET_TEXT = 64;

/** An own property of `object`; `undefined` when absent or when reading it throws. */
export function own(object: unknown, key: string): unknown {
  if (typeof object !== "object" || object === null) return undefined;
  try {
    return Object.hasOwn(object, key) ? Reflect.get(object, key) : undefined;
  } catch {
    return undefined;
  }
}

/** A string capped at `max`, or null for anything that is not a string. */
function cappedText(value: unknown, max: number = MAX_EDIT_TEXT): string | null {
  return typeof value === "string" ? capLength(value, max) : null;
}

/** An offset into `text`: an integer clamped into 0..length, the end for anything else. */
function offset(value: unknown, text: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) return text.length;
  return Math.min(Math.max(value, 0), text.length);
}

/** The field state as plain values: a capped value and a selection inside it. */
export function readFieldState(state: unknown): FieldState {
  const value = cappedText(own(state, "value")) ?? "";
  // Each clamped on its own: the edit model reads a reversed selection as the browser would.
  const selectionStart = offset(own(state, "selectionStart"), value);
  const selectionEnd = offset(own(state, "selectionEnd"), value);
  return { value, selectionStart, selectionEnd };
}

/**
 * The text a CVC state's secret holds, capped (`""` when it holds no text); read with
 * {@link readFieldState} for the rest of the state. The text is not wrapped in a new `Sensitive`:
 * it stays inside the edit, which returns its digits in the result's own `Sensitive`.
 */
export function readCvcSecret(state: unknown): string {
  return cappedText(unwrapSensitive(own(state, "secret")), MAX_SECRET_TEXT) ?? "";
}

/** What an edit that cannot be read becomes: an input of no known type, which changes nothing. */
const NO_EDIT: Edit = Object.freeze({ kind: "input", inputType: "", data: null });

/** The edit as plain values, strings capped; anything that is not an edit changes nothing. */
export function readEdit(edit: unknown): Edit {
  const kind = own(edit, "kind");
  if (kind === "input") {
    const inputType = cappedText(own(edit, "inputType"), MAX_INPUT_TYPE);
    return inputType === null ? NO_EDIT : { kind, inputType, data: cappedText(own(edit, "data")) };
  }
  const value = cappedText(own(edit, "value"));
  if (kind !== "replace" || value === null) return NO_EDIT;
  const start = own(edit, "selectionStart");
  const end = own(edit, "selectionEnd");
  return {
    kind,
    value,
    ...(typeof start === "number" && { selectionStart: offset(start, value) }),
    ...(typeof end === "number" && { selectionEnd: offset(end, value) }),
  };
}
