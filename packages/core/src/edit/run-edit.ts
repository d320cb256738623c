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
  /**
   * Whether the value's character at `i` ends a word (word deletions stop there); by default,
   * whether the field drops it (a digit field's separators).
   */
  readonly stop?: (value: string, i: number) => boolean;
  /** How many units fit in the field (at most: more than there are means all of them). */
  readonly fit: (units: string[]) => number;
  /** Brings units into shape in place (pads a month); returns how many went in front. */
  readonly pad?: (units: string[]) => number;
  /**
   * The text shown for each unit, any separator before it included; one more entry, when
   * present, is shown after the last unit (the expiry's ` / `).
   */
  readonly show: (units: string[]) => string[];
  /** The units that replace the whole field for this edit (a pasted full date), else null. */
  readonly whole?: (edit: Edit, units: readonly string[]) => string | null;
}

/** Reads ASCII or any Unicode decimal digit as its ASCII digit; drops everything else. */
export const readDigit: UnitReader = (text, i) => {
  const { digit, width } = digitAt(text, i);
  return { unit: digit < 0 ? null : String(digit), width };
};

/** How many units end at or before offset `pos`, given the offset just after each unit. */
const before = (ends: number[], pos: number): number => ends.filter((end) => end <= pos).length;

/** A string capped to the input limit; `""` for anything else. */
const capped = (value: unknown): string => capLength(typeof value === "string" ? value : "");

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
function locate(
  read: UnitReader,
  value: unknown,
  a: unknown,
  b: unknown,
): [text: string, start: number, end: number, units: string[], ends: number[], carets: number[]] {
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
  return [text, start, end, units, ends, [before(ends, start), before(ends, end)]];
}

/**
 * What turned `prev` into `next`: the common prefix and suffix are kept, the rest of `prev`
 * (`start`-`end`) was replaced by `text`. When the browser's `caret` is known, the inserted text
 * is taken to end there (so typing `5` into `••` at offset 1 reads as an insertion at 1).
 */
function diffText(prev: string, next: string, caret?: number): [number, number, string] {
  const max = Math.min(prev.length, next.length);
  // The common suffix: everything after the caret when that is what was after the edit.
  const after =
    typeof caret === "number" && caret >= 0 && caret <= next.length ? next.slice(caret) : null;
  let s = after !== null && prev.endsWith(after) ? after.length : -1;
  let p = 0;
  while (p < max - Math.max(s, 0) && prev.charCodeAt(p) === next.charCodeAt(p)) p++;
  if (s < 0)
    for (
      s = 0;
      s < max - p && prev.charCodeAt(prev.length - 1 - s) === next.charCodeAt(next.length - 1 - s);
      s++
    );
  return [p, prev.length - s, next.slice(p, next.length - s)];
}

/**
 * Turns an edit on `value` (selection `start`-`end`, clamped) into the units `from`-`to` it
 * replaces and the units it puts there (none for a deletion), or null when it changes nothing
 * (an unknown `inputType`, `data: null` during an IME composition, a collapsed `deleteByCut`).
 * A deletion that would only remove characters the field does not keep (a separator) removes the
 * unit before (Backspace) or after (Delete) instead. A `replace` is diffed into the insertion or
 * the Backspace it amounts to.
 */
function plan(
  f: Field,
  edit: Edit,
  [value, start, end, , ends, [from = 0, to = 0]]: ReturnType<typeof locate>,
): [from: number, to: number, units: string[]] | null {
  let type: unknown = edit.kind === "input" && edit.inputType;
  let data = edit.kind === "input" && edit.data;
  if (edit.kind === "replace") {
    [start, end, data] = diffText(value, capped(edit.value), edit.selectionStart);
    if (start === end && !data) return null;
    type = data ? "insert" : "deleteContentBackward";
    from = before(ends, start);
    to = before(ends, end);
  }
  if (typeof type !== "string") return null;
  if (type.startsWith("insert")) {
    // Nothing the field keeps (no text while an IME composition runs, insertLineBreak, a letter
    // typed into a number): nothing happens, the selection stays.
    const inserted = locate(f.read, data, 0, 0)[3];
    return inserted.length ? [from, to, inserted] : null;
  }
  if (!type.startsWith("delete")) return null;
  // -1 backward, 1 forward, 0 neither.
  const dir = type.endsWith("Backward") ? -1 : type.endsWith("Forward") ? 1 : 0;
  const word = type.startsWith("deleteWord");
  if (from < to) return [from, to, []];
  if (type === "deleteEntireSoftLine") {
    from = 0;
    to = ends.length;
  } else if (type === "deleteContentBackward" || type === "deleteContentForward") {
    if (dir < 0) from = Math.max(0, from - 1);
    else to++; // Past the last unit this removes nothing.
  } else if (dir && (word || type.includes("Line"))) {
    // Skip the breaks next to the caret, then the word; a line has no breaks.
    const stop = f.stop ?? ((text: string, i: number) => (f.seen ?? f.read)(text, i).unit === null);
    let i = dir < 0 ? start : end;
    for (const isBreak of [true, false]) {
      while (
        (dir < 0 ? i : value.length - i) > 0 &&
        (word && stop(value, dir < 0 ? i - 1 : i)) === isBreak
      )
        i += dir;
    }
    if (dir < 0) from = before(ends, i);
    else to = before(ends, i);
  }
  return from < to ? [from, to, []] : null;
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
  const seen = f.seen ?? f.read;
  const located = locate(seen, state?.value, state?.selectionStart, state?.selectionEnd);
  const old = located[3];
  let units = old;
  let carets = located[5];
  if (edit?.kind === "replace" && typeof edit.selectionStart === "number") {
    // Unless the edit applies, the caret stays where the browser left it in its new value.
    carets = locate(
      seen,
      edit.value,
      edit.selectionStart,
      edit.selectionEnd ?? edit.selectionStart,
    )[5];
  }
  const planned = edit && plan(f, edit, located);
  if (planned) {
    const [from, to, inserted] = planned;
    units = [...units.slice(0, from), ...units.slice(to)];
    let k = from;
    for (const unit of inserted) {
      const next = [...units.slice(0, k), unit, ...units.slice(k)];
      const shift = f.pad?.(next) ?? 0;
      if (f.fit(next) >= next.length) {
        units = next;
        k += 1 + shift;
      }
    }
    carets = [k, k];
  }
  const whole = edit && f.whole?.(edit, old);
  if (whole && whole !== units.join("")) {
    units = [...whole];
    carets = [units.length, units.length];
  }
  const shift = f.pad?.(units) ?? 0;
  units = units.slice(0, f.fit(units));
  const shown = f.show(units);
  const display = shown.join("");
  // After the last unit the caret goes to the end (past the expiry's " / ", where typing goes on);
  // before it, just after the k-th unit's text.
  const at = (k = 0) =>
    k + shift < units.length ? shown.slice(0, k + shift).join("").length : display.length;
  return [display, at(carets[0]), at(carets[1]), units];
}
