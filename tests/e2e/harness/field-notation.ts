// A field's value and selection written as one string, the way core's edit tests write them:
// `12| / 30` is the caret after `12`, `1[2 / 3]0` is `2 / 3` selected. A failing browser test then
// says in one line where the value and the caret went.
import type { FieldSnapshot } from "./fields";

/** The caret, and the two ends of a selection. */
const CARET = "|";
const SELECTION_START = "[";
const SELECTION_END = "]";

/** A value with its selection, read from notation. */
export interface NotedField {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

/**
 * Reads `12| / 30` or `1[2 / 3]0`. A string with no caret and no selection has the caret at its
 * end; the notation's own characters cannot appear in the value.
 */
export function parseField(noted: string): NotedField {
  const caret = noted.indexOf(CARET);
  if (caret >= 0) {
    return { value: noted.replace(CARET, ""), selectionStart: caret, selectionEnd: caret };
  }
  const start = noted.indexOf(SELECTION_START);
  const end = noted.indexOf(SELECTION_END);
  if (start >= 0 && end > start) {
    const value = noted.replace(SELECTION_START, "").replace(SELECTION_END, "");
    return { value, selectionStart: start, selectionEnd: end - 1 };
  }
  return { value: noted, selectionStart: noted.length, selectionEnd: noted.length };
}

/** Writes a field as `12| / 30` or `1[2 / 3]0` (`12 / 30 (no selection)` when it has none). */
export function showField({ value, selectionStart, selectionEnd }: FieldSnapshot): string {
  if (selectionStart === null || selectionEnd === null) return `${value} (no selection)`;
  if (selectionStart === selectionEnd) {
    return `${value.slice(0, selectionStart)}${CARET}${value.slice(selectionStart)}`;
  }
  return [
    value.slice(0, selectionStart),
    SELECTION_START,
    value.slice(selectionStart, selectionEnd),
    SELECTION_END,
    value.slice(selectionEnd),
  ].join("");
}
