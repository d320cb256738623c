import { capLength } from "../text/normalize";
import type { Edit, FieldState } from "./types";

/**
 * Reads one unit (a character the field keeps: a digit, a letter of a name) at `index`: the unit
 * as the field stores it, or null when the field drops the character, and how many UTF-16 code
 * units it takes.
 */
export type UnitReader = (text: string, index: number) => { unit: string | null; width: number };

/** The units of a text and where each ends in it. */
export interface UnitText {
  readonly units: string[];
  /** `ends[i]` is the offset just after unit `i`. */
  readonly ends: number[];
}

/** What an edit does, in unit indices: replace units `start`-`end` by the units of `text`. */
export interface Plan {
  readonly start: number;
  readonly end: number;
  /** The raw text to insert, not yet filtered; `""` for a deletion. */
  readonly text: string;
}

/** Reads every unit of `text`. */
export function readUnits(text: string, read: UnitReader): UnitText {
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
  return { units, ends };
}

/** How many units end at or before offset `pos`. */
export function unitsBefore(text: UnitText, pos: number): number {
  let n = 0;
  while (n < text.ends.length && (text.ends[n] as number) <= pos) n++;
  return n;
}

/** An offset made an integer within `0`-`length` (non-numbers go to the end). */
export function clampOffset(offset: unknown, length: number): number {
  if (typeof offset !== "number" || Number.isNaN(offset)) return length;
  return Math.min(length, Math.max(0, Math.trunc(offset)));
}

/** The state's selection clamped into a value of `length`, start first. */
export function clampSelection(state: FieldState, length: number): [number, number] {
  const a = clampOffset(state.selectionStart, length);
  const b = clampOffset(state.selectionEnd, length);
  return a <= b ? [a, b] : [b, a];
}

/**
 * What turned `prev` into `next`: the common prefix and suffix are kept, the rest of `prev`
 * (`start`-`end`) was replaced by `text`. When the browser's `caret` is known, the inserted text
 * is taken to end there (so typing `5` into `••` at offset 1 reads as an insertion at 1).
 */
export function diffText(
  prev: string,
  next: string,
  caret?: number,
): { start: number; end: number; text: string } {
  if (typeof caret === "number" && caret >= 0 && caret <= next.length) {
    // Everything after the caret is what was after the edit: find the longest such start.
    const after = next.slice(caret);
    if (after.length <= prev.length && prev.endsWith(after)) {
      const end = prev.length - after.length;
      const limit = Math.min(end, caret);
      let p = 0;
      while (p < limit && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
      return { start: p, end, text: next.slice(p, caret) };
    }
  }
  const prefixMax = Math.min(prev.length, next.length);
  let p = 0;
  while (p < prefixMax && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  const suffixMax = Math.min(prev.length - p, next.length - p);
  let s = 0;
  while (
    s < suffixMax &&
    prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s)
  )
    s++;
  return { start: p, end: prev.length - s, text: next.slice(p, next.length - s) };
}

/** Whether the character at `i` ends a word (word deletions stop at such characters). */
export type BreakTest = (value: string, i: number) => boolean;

/**
 * Turns an edit on `value` (selection `start`-`end`, already clamped) into a {@link Plan} over
 * its units, or null when the edit changes nothing (an unknown `inputType`, `data: null` during
 * an IME composition, a collapsed `deleteByCut`).
 *
 * A deletion that would only remove characters the field does not keep (a separator) removes
 * the unit before (Backspace) or after (Delete) instead, so Backspace just after a space deletes
 * the digit before it.
 */
export function planEdit(
  value: string,
  start: number,
  end: number,
  edit: Edit,
  text: UnitText,
  isBreak: BreakTest,
): Plan | null {
  const count = text.units.length;
  const a = unitsBefore(text, start);
  const b = unitsBefore(text, end);
  if (edit.kind === "replace") {
    const next = capLength(typeof edit.value === "string" ? edit.value : "");
    const d = diffText(value, next, edit.selectionStart);
    if (d.start === d.end && d.text === "") return null;
    const from = unitsBefore(text, d.start);
    const to = Math.max(from, unitsBefore(text, d.end));
    // Only separators went (Backspace in a browser without beforeinput): take the unit before.
    if (from === to && d.end > d.start && d.text === "") {
      return from > 0 ? { start: from - 1, end: from, text: "" } : null;
    }
    return { start: from, end: to, text: d.text };
  }
  if (edit.kind !== "input" || typeof edit.inputType !== "string") return null;
  const type = edit.inputType;
  if (type.startsWith("insert")) {
    // No text (an IME composition still running, insertLineBreak): nothing to insert.
    return typeof edit.data === "string" && edit.data !== ""
      ? { start: a, end: b, text: edit.data }
      : null;
  }
  if (!type.startsWith("delete")) return null;
  if (a < b) return { start: a, end: b, text: "" };
  const backward = type.endsWith("Backward");
  const forward = type.endsWith("Forward");
  let from = a;
  let to = b;
  if (type === "deleteContentBackward") from = Math.max(0, a - 1);
  else if (type === "deleteContentForward") to = Math.min(count, b + 1);
  else if (type.startsWith("deleteWord") && backward) {
    let i = start;
    while (i > 0 && isBreak(value, i - 1)) i--;
    while (i > 0 && !isBreak(value, i - 1)) i--;
    from = unitsBefore(text, i);
  } else if (type.startsWith("deleteWord") && forward) {
    let i = end;
    while (i < value.length && isBreak(value, i)) i++;
    while (i < value.length && !isBreak(value, i)) i++;
    to = unitsBefore(text, i);
  } else if (type.includes("Line") && backward) from = 0;
  else if (type.includes("Line") && forward) to = count;
  else if (type === "deleteEntireSoftLine") [from, to] = [0, count];
  return from < to ? { start: from, end: to, text: "" } : null;
}
