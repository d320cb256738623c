// Compact field notation for the edit-model tests: "4242 4|242" is a value with the caret after
// the fifth digit; "42[42 4]242" is a selection. Shared by the edit-*.test.ts files.
import type { Edit, FieldState } from "../src/edit/types";

/** Parses `"4242 4|242"` or `"42[42]"` into a field state. */
export function field(text: string): FieldState {
  const caret = text.indexOf("|");
  if (caret >= 0) {
    return { value: text.replace("|", ""), selectionStart: caret, selectionEnd: caret };
  }
  const open = text.indexOf("[");
  const close = text.indexOf("]");
  if (open >= 0 && close > open) {
    return {
      value: text.replace("[", "").replace("]", ""),
      selectionStart: open,
      selectionEnd: close - 1,
    };
  }
  return { value: text, selectionStart: text.length, selectionEnd: text.length };
}

/** Writes a state back in the same notation. */
export function show(state: FieldState): string {
  const { value, selectionStart: a, selectionEnd: b } = state;
  if (a === b) return `${value.slice(0, a)}|${value.slice(a)}`;
  return `${value.slice(0, a)}[${value.slice(a, b)}]${value.slice(b)}`;
}

/** A `beforeinput`-style edit. */
export function input(inputType: string, data: string | null = null): Edit {
  return { kind: "input", inputType, data };
}

/** Typing `data`. */
export const type = (data: string): Edit => input("insertText", data);
/** Backspace. */
export const backspace: Edit = input("deleteContentBackward");
/** Delete. */
export const del: Edit = input("deleteContentForward");
/** Pasting `text`. */
export const paste = (text: string): Edit => input("insertFromPaste", text);

/** An autofill / undo / IME-end edit: the field's whole new raw value. */
export function replace(value: string, caret?: number): Edit {
  return caret === undefined
    ? { kind: "replace", value }
    : { kind: "replace", value, selectionStart: caret, selectionEnd: caret };
}
