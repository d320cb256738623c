import { capLength, digitAt } from "../text/normalize";
import type { Edit, FieldState } from "./types";

/**
 * Reads one unit (a character the field keeps: a digit, a letter of a name) at `index`: the unit
 * as the field stores it, or null when the field drops the character, and how many UTF-16 code
 * units it takes.
 */
export type UnitReader = (text: string, index: number) => { unit: string | null; width: number };

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
  /** Whether the value's character at `i` ends a word (word deletions stop there). */
  readonly stop: (value: string, i: number) => boolean;
  /** How many of the leading units fit in the field (the rest is dropped). */
  readonly fit: (units: string[]) => number;
  /** Brings units into shape in place (pads a month); returns how many went in front. */
  readonly pad?: (units: string[]) => number;
  /**
   * The text shown for each unit, any separator before it included; one more entry, when
   * present, is shown after the last unit (the expiry's ` / `).
   */
  readonly show: (units: string[]) => string[];
  /** Units that replace the whole field for this edit (a pasted full date), else null. */
  readonly whole?: (edit: Edit, units: readonly string[]) => string[] | null;
}

/** Reads ASCII or any Unicode decimal digit as its ASCII digit; drops everything else. */
export const readDigit: UnitReader = (text, i) => {
  const { digit, width } = digitAt(text, i);
  return { unit: digit < 0 ? null : String(digit), width };
};

/** Whether the character at `i` is not a digit (digit fields' words end there). */
export const notDigit = (value: string, i: number): boolean => readDigit(value, i).unit === null;

/** The units of `text` (as `read` keeps them) and the offset just after each. */
function readUnits(text: string, read: UnitReader): [units: string[], ends: number[]] {
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
  return [units, ends];
}

/** How many units end at or before offset `pos`. */
function before(ends: number[], pos: number): number {
  let n = 0;
  while (n < ends.length && (ends[n] as number) <= pos) n++;
  return n;
}

/** An offset made an integer within `0`-`length` (non-numbers go to the end). */
const clamp = (offset: unknown, length: number): number =>
  typeof offset !== "number" || Number.isNaN(offset)
    ? length
    : Math.min(length, Math.max(0, Math.trunc(offset)));

/** A value capped to the input limit ("" for a non-string) with its selection clamped, start first. */
function clampState(value: unknown, a: unknown, b: unknown): [string, number, number] {
  const text = capLength(typeof value === "string" ? value : "");
  const [s, e] = [clamp(a, text.length), clamp(b, text.length)];
  return s <= e ? [text, s, e] : [text, e, s];
}

/**
 * What turned `prev` into `next`: the common prefix and suffix are kept, the rest of `prev`
 * (`start`-`end`) was replaced by `text`. When the browser's `caret` is known, the inserted text
 * is taken to end there (so typing `5` into `••` at offset 1 reads as an insertion at 1).
 */
function diffText(prev: string, next: string, caret?: number): [number, number, string] {
  let p = 0;
  if (typeof caret === "number" && caret >= 0 && caret <= next.length) {
    // Everything after the caret is what was after the edit: find the longest such start.
    const after = next.slice(caret);
    if (after.length <= prev.length && prev.endsWith(after)) {
      const end = prev.length - after.length;
      while (p < Math.min(end, caret) && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
      return [p, end, next.slice(p, caret)];
    }
  }
  const max = Math.min(prev.length, next.length);
  while (p < max && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  let s = 0;
  while (
    s < max - p &&
    prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s)
  )
    s++;
  return [p, prev.length - s, next.slice(p, next.length - s)];
}

/**
 * Turns an edit on `value` (selection `start`-`end`, clamped) into the units `from`-`to` it
 * replaces and the raw text it puts there (`""` for a deletion), or null when it changes nothing
 * (an unknown `inputType`, `data: null` during an IME composition, a collapsed `deleteByCut`).
 * A deletion that would only remove characters the field does not keep (a separator) removes the
 * unit before (Backspace) or after (Delete) instead.
 */
function plan(
  f: Field,
  value: string,
  start: number,
  end: number,
  edit: Edit,
  ends: number[],
): [from: number, to: number, text: string] | null {
  const count = ends.length;
  let from = before(ends, start);
  let to = before(ends, end);
  if (edit.kind === "replace") {
    const [s, e, text] = diffText(
      value,
      capLength(typeof edit.value === "string" ? edit.value : ""),
      edit.selectionStart,
    );
    if (s === e && text === "") return null;
    from = before(ends, s);
    to = Math.max(from, before(ends, e));
    // Only separators went (Backspace in a browser without beforeinput): take the unit before.
    if (from === to && e > s && text === "") return from > 0 ? [from - 1, from, ""] : null;
    return [from, to, text];
  }
  const type = edit.kind === "input" ? edit.inputType : null;
  if (typeof type !== "string") return null;
  if (type.startsWith("insert")) {
    // No text (an IME composition still running, insertLineBreak): nothing to insert.
    return typeof edit.data === "string" && edit.data !== "" ? [from, to, edit.data] : null;
  }
  if (!type.startsWith("delete")) return null;
  if (from < to) return [from, to, ""];
  // -1 backward, 1 forward, 0 neither.
  const dir = type.endsWith("Backward") ? -1 : type.endsWith("Forward") ? 1 : 0;
  if (type === "deleteEntireSoftLine") [from, to] = [0, count];
  else if (dir && /^deleteContent(Back|For)ward$/.test(type)) {
    if (dir < 0) from = Math.max(0, from - 1);
    else to = Math.min(count, to + 1);
  } else if (dir && type.startsWith("deleteWord")) {
    // Skip the breaks next to the caret, then the word.
    let i = dir < 0 ? start : end;
    for (const isBreak of [true, false]) {
      while ((dir < 0 ? i : value.length - i) > 0 && f.stop(value, dir < 0 ? i - 1 : i) === isBreak)
        i += dir;
    }
    if (dir < 0) from = before(ends, i);
    else to = before(ends, i);
  } else if (dir && type.includes("Line")) {
    if (dir < 0) from = 0;
    else to = count;
  }
  return from < to ? [from, to, ""] : null;
}

/**
 * Applies an edit to a field: plans it over the field's units, inserts the new units one by one
 * (a unit that does not fit is dropped, so the rest never shifts), settles the units and maps the
 * caret back into the shown text. Never throws: the value and data are capped, the selection
 * clamped. Returns the shown value, the selection and the units behind it.
 */
export function runEdit(
  f: Field,
  state: FieldState,
  edit: Edit,
): [value: string, start: number, end: number, units: string[]] {
  const [value, start, end] = clampState(state?.value, state?.selectionStart, state?.selectionEnd);
  const seen = f.seen ?? f.read;
  const [old, ends] = readUnits(value, seen);
  const planned = edit ? plan(f, value, start, end, edit, ends) : null;
  let units = old;
  let carets = [before(ends, start), before(ends, end)];
  if (edit?.kind === "replace" && typeof edit.selectionStart === "number") {
    // Nothing to apply: keep the caret where the browser left it in its new value.
    const [next, s, e] = clampState(
      edit.value,
      edit.selectionStart,
      edit.selectionEnd ?? edit.selectionStart,
    );
    const nextEnds = readUnits(next, seen)[1];
    carets = [before(nextEnds, s), before(nextEnds, e)];
  }
  if (planned) {
    const [from, to, text] = planned;
    const inserted = readUnits(capLength(text), f.read)[0];
    if (text === "" || inserted.length > 0) {
      units = [...units.slice(0, from), ...units.slice(to)];
      let k = from;
      for (const unit of inserted) {
        const next = [...units.slice(0, k), unit, ...units.slice(k)];
        const shift = f.pad?.(next) ?? 0;
        if (f.fit(next) === next.length) [units, k] = [next, k + 1 + shift];
      }
      carets = [k, k];
    }
  }
  const whole = edit && f.whole ? f.whole(edit, old) : null;
  if (whole && whole.join("") !== units.join("")) {
    units = whole;
    carets = [whole.length, whole.length];
  }
  const shift = f.pad?.(units) ?? 0;
  units = units.slice(0, f.fit(units));
  const shown = f.show(units);
  const display = shown.join("");
  // After the last unit the caret goes to the end (past the expiry's " / ", where typing goes on);
  // before it, just after the k-th unit's text.
  const at = (k: number) => {
    k = Math.max(0, k + shift);
    if (k >= units.length) return display.length;
    let n = 0;
    for (let i = 0; i < k; i++) n += (shown[i] as string).length;
    return n;
  };
  return [display, at(carets[0] as number), at(carets[1] as number), units];
}
