import { capLength } from "../text/normalize";
import type { UnitReader } from "../text/unit-reader";
import type { Edit, FieldState } from "./types";

export { readDigit } from "../text/unit-reader";

/**
 * What one kind of field is, for {@link runEdit}: which characters it keeps, how many units fit
 * and how it shows them. Every edit is planned over the units, applied unit by unit (a unit that
 * does not fit is dropped where it was inserted), and the caret is mapped through the units.
 */
export interface Field {
  /** Reads units out of inserted text, and out of the shown value unless `seen` is given. */
  readonly read: UnitReader;
  /** Reads the shown value instead of `read` (a CVC: one unit per mask character). */
  readonly seen?: UnitReader;
  /**
   * Whether the value's character at `i` ends a word (word deletions stop there); by default,
   * whether the field drops it (a digit field's separators).
   */
  readonly stop?: (value: string, i: number) => boolean;
  /** How many units fit in the field (at most: more than there are means all of them). */
  readonly fit: (units: string[]) => number;
  /**
   * The text shown for each unit, any separator before it included; one more entry, when
   * present, is shown after the last unit.
   */
  readonly show: (units: string[]) => string[];
}

/** What planning an edit needs of a field: how it reads units and where words end. */
export type UnitRules = Pick<Field, "read" | "seen" | "stop">;

/** What {@link runEdit} returns: the shown value, the selection and the units behind it. */
export interface EditOutcome extends FieldState {
  /** The units the value shows, in order. */
  readonly units: string[];
}

/** A field's text read into units, with its selection. */
export interface Located {
  /** The text, capped to the input limit (`""` for a non-string). */
  readonly text: string;
  /** The selection's start offset, clamped into the text (never after `end`). */
  readonly start: number;
  /** The selection's end offset, clamped into the text. */
  readonly end: number;
  /** The units the text holds. */
  readonly units: string[];
  /** The offset just after each unit. */
  readonly ends: number[];
  /** How many units lie before the selection's start. */
  readonly from: number;
  /** How many units lie before the selection's end. */
  readonly to: number;
}

/**
 * What an edit does to a field's units: the units `from`-`to` are replaced by `inserted` (none for
 * a deletion). `at` is the text offset where the edit starts.
 */
export interface EditPlan {
  /** The first unit replaced. */
  readonly from: number;
  /** The unit after the last one replaced. */
  readonly to: number;
  /** The units put in their place, in order. */
  readonly inserted: string[];
  /** The text offset where the edit starts (the selection's start, or the diff's). */
  readonly at: number;
  /** A deletion after a collapsed caret (Delete): the caret must not move left. */
  readonly forward: boolean;
}

/** Which way a deletion goes. */
const BACKWARD = -1;
const FORWARD = 1;

/** How many units end at or before offset `pos`, given the offset just after each unit. */
export const unitsBefore = (ends: readonly number[], pos: number): number => {
  let count = 0;
  for (const end of ends) if (end <= pos) count++;
  return count;
};

/** A string capped to the input limit; `""` for anything else. */
export const capped = (value: unknown): string => capLength(typeof value === "string" ? value : "");

/** An offset made an integer within `0`-`length` (non-numbers go to the end). */
const clamp = (offset: unknown, length: number): number =>
  typeof offset !== "number" || Number.isNaN(offset)
    ? length
    : Math.min(length, Math.max(0, Math.trunc(offset)));

/**
 * Reads a field's text through `read`: the text capped to the input limit (`""` for a
 * non-string), its selection clamped (start first), the units, the offset just after each unit,
 * and how many units lie before each end of the selection.
 */
export function locate(read: UnitReader, value: unknown, a: unknown, b: unknown): Located {
  const text = capped(value);
  const x = clamp(a, text.length);
  const y = clamp(b, text.length);
  const start = Math.min(x, y);
  const end = Math.max(x, y);
  const units: string[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const { unit, width } = read(text, i);
    i += width;
    if (unit !== null) {
      units.push(unit);
      ends.push(i);
    }
  }
  return {
    text,
    start,
    end,
    units,
    ends,
    from: unitsBefore(ends, start),
    to: unitsBefore(ends, end),
  };
}

/** The part of `prev` that an edit replaced by `text` to make `next`. */
interface TextDiff {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How many code units `a` and `b` share at their start, looking at no more than `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let length = 0;
  while (length < max && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** How many code units `a` and `b` share at their end, looking at no more than `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let length = 0;
  while (
    length < max &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  ) {
    length++;
  }
  return length;
}

/**
 * What turned `prev` into `next`: the common prefix and suffix are kept, the rest of `prev`
 * (`start`-`end`) was replaced by `text`. When the browser's `caret` is known, the inserted text
 * is taken to end there (so typing `5` into `••` at offset 1 reads as an insertion at 1).
 */
export function diffText(prev: string, next: string, caret?: number): TextDiff {
  const shorter = Math.min(prev.length, next.length);
  // The common suffix: everything after the caret when that is what was after the edit.
  const after =
    typeof caret === "number" && caret >= 0 && caret <= next.length ? next.slice(caret) : null;
  const known = after !== null && prev.endsWith(after) ? after.length : null;
  const prefix = commonPrefix(prev, next, shorter - (known ?? 0));
  const suffix = known ?? commonSuffix(prev, next, shorter - prefix);
  return {
    start: prefix,
    end: prev.length - suffix,
    text: next.slice(prefix, next.length - suffix),
  };
}

/** The offset a word deletion stops at, from `origin` going `dir`: breaks first, then the word. */
function wordEnd(f: UnitRules, value: string, origin: number, dir: number, word: boolean): number {
  const stop = f.stop ?? ((text: string, i: number) => (f.seen ?? f.read)(text, i).unit === null);
  const room = (i: number) => (dir === BACKWARD ? i : value.length - i);
  const isBreakAt = (i: number) => word && stop(value, dir === BACKWARD ? i - 1 : i);
  let i = origin;
  // Skip the breaks next to the caret, then the word; a line has no breaks.
  for (const isBreak of [true, false]) {
    while (room(i) > 0 && isBreakAt(i) === isBreak) i += dir;
  }
  return i;
}

/**
 * The units a collapsed deletion removes at `located` (none: `from === to`). A deletion that
 * would only remove characters the field does not keep (a separator) removes the unit before
 * (Backspace) or after (Delete) instead.
 */
function deletion(f: UnitRules, type: string, located: Located): { from: number; to: number } {
  const { text, start, end, ends, from, to } = located;
  const dir = type.endsWith("Backward") ? BACKWARD : type.endsWith("Forward") ? FORWARD : 0;
  const word = type.startsWith("deleteWord");
  if (type === "deleteEntireSoftLine") return { from: 0, to: ends.length };
  if (type === "deleteContentBackward") return { from: Math.max(0, from - 1), to };
  // Past the last unit this removes nothing.
  if (type === "deleteContentForward") return { from, to: to + 1 };
  if (dir === 0 || !(word || type.includes("Line"))) return { from, to };
  const stopAt = wordEnd(f, text, dir === BACKWARD ? start : end, dir, word);
  return dir === BACKWARD
    ? { from: unitsBefore(ends, stopAt), to }
    : { from, to: unitsBefore(ends, stopAt) };
}

/**
 * Turns an edit on a located field into the units it replaces and the units it puts there (none
 * for a deletion), or null when it changes nothing (an unknown `inputType`, `data: null` during an
 * IME composition, a collapsed `deleteByCut`). A `replace` is diffed into the insertion or the
 * Backspace it amounts to.
 */
export function planEdit(f: UnitRules, edit: Edit, located: Located): EditPlan | null {
  if (edit.kind === "replace") {
    const diff = diffText(located.text, capped(edit.value), edit.selectionStart);
    if (diff.start === diff.end && !diff.text) return null;
    const at: Located = {
      ...located,
      start: diff.start,
      end: diff.end,
      from: unitsBefore(located.ends, diff.start),
      to: unitsBefore(located.ends, diff.end),
    };
    return plan(f, diff.text ? "insert" : "deleteContentBackward", diff.text, at);
  }
  return plan(f, edit.inputType, edit.data, located);
}

/** {@link planEdit} for one `inputType` and its text at the located selection. */
function plan(f: UnitRules, type: unknown, data: unknown, located: Located): EditPlan | null {
  if (typeof type !== "string") return null;
  const { from, to, start } = located;
  if (type.startsWith("insert")) {
    // Nothing the field keeps (no text while an IME composition runs, insertLineBreak, a letter
    // typed into a number): nothing happens, the selection stays.
    const inserted = locate(f.read, data, 0, 0).units;
    return inserted.length ? { from, to, inserted, at: start, forward: false } : null;
  }
  if (!type.startsWith("delete")) return null;
  const collapsed = from === to;
  const range = collapsed ? deletion(f, type, located) : { from, to };
  const forward = collapsed && type.endsWith("Forward");
  return range.from < range.to ? { ...range, inserted: [], at: start, forward } : null;
}

/**
 * Applies a plan's insertion unit by unit (a unit that does not fit is dropped, so the rest never
 * shifts): the units after it, and how many units lie before the caret.
 */
function insertUnits(
  f: Field,
  kept: string[],
  planned: EditPlan,
): { units: string[]; caret: number } {
  let units = kept;
  let caret = planned.from;
  for (const unit of planned.inserted) {
    const next = [...units.slice(0, caret), unit, ...units.slice(caret)];
    if (f.fit(next) >= next.length) {
      units = next;
      caret++;
    }
  }
  return { units, caret };
}

/**
 * Applies an edit to a field: plans it over the field's units, inserts the new units one by one
 * (a unit that does not fit is dropped, so the rest never shifts), settles the units and maps the
 * caret back into the shown text. Never throws: the value and data are capped, the selection
 * clamped.
 */
export function runEdit(f: Field, state: FieldState, edit: Edit): EditOutcome {
  const seen = f.seen ?? f.read;
  const located = locate(seen, state.value, state.selectionStart, state.selectionEnd);
  const planned = planEdit(f, edit, located);
  let units = located.units;
  let carets = { start: located.from, end: located.to };
  // Delete just after a separator ("4242 |4242") keeps the caret after it.
  let afterSeparator = false;
  if (planned) {
    const kept = [...units.slice(0, planned.from), ...units.slice(planned.to)];
    const inserted = insertUnits(f, kept, planned);
    units = inserted.units;
    carets = { start: inserted.caret, end: inserted.caret };
    afterSeparator = planned.forward && located.start > (located.ends[planned.from - 1] ?? 0);
  } else if (edit.kind === "replace" && typeof edit.selectionStart === "number") {
    // The edit changes nothing: the caret stays where the browser left it in its new value.
    const left = locate(
      seen,
      edit.value,
      edit.selectionStart,
      edit.selectionEnd ?? edit.selectionStart,
    );
    carets = { start: left.from, end: left.to };
  }
  const fitted = units.slice(0, f.fit(units));
  const shown = f.show(fitted);
  const value = shown.join("");
  // After the last unit the caret goes to the end; before it, just after the k-th unit's text.
  const offset = (k: number) =>
    k < fitted.length ? shown.slice(0, k).join("").length : value.length;
  // Where the k-th unit's own text starts, past the separator shown before it.
  const unitStart = (k: number) =>
    k < fitted.length
      ? shown.slice(0, k + 1).join("").length - (fitted[k]?.length ?? 0)
      : value.length;
  const caret = afterSeparator ? unitStart(carets.start) : offset(carets.start);
  return {
    value,
    selectionStart: caret,
    selectionEnd: afterSeparator ? caret : offset(carets.end),
    units: fitted,
  };
}
