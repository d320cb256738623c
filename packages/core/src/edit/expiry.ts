import {
  caretOffset,
  EMPTY_SLOTS,
  type ExpiryFormat,
  type ExpirySlots,
  expiryFormatOf,
  LONG_YEAR_DIGITS,
  MONTH_DIGITS,
  readShownSlots,
  SHORT_YEAR_DIGITS,
  type SlotCaret,
  type SlotState,
  showExpiry,
  slotCaretAt,
} from "../format/expiry-slots";
import { padMonth, settleSlots, type TypingRules, typeUnit } from "../format/expiry-typing";
import { readExpiryUnit } from "../format/expiry-units";
import {
  centuriesOf,
  parseExpiryDate,
  thisYear,
  typeText,
  yearShown,
} from "../format/format-expiry";
import { readEdit, readFieldState } from "../guard/edit-input";
import { ownOptions } from "../options/own-options";
import { type CheckedExpiryOptions, readExpiryOptions } from "../options/read-options";
import { readDigit } from "../text/unit-reader";
import {
  type ExpiryOptions,
  type ExpiryResult,
  resolveNow,
  validateReadExpiry,
} from "../validators/expiry";
import { offsetAfterUnits } from "./caret";
import { capped, type EditPlan, locate, planEdit } from "./run-edit";
import { digitTypedAtEnd } from "./typed-at-end";
import type { Edit, EditResult, FieldState } from "./types";

/** Options of {@link editExpiry}: those of `validateExpiry` (`now`, `maxYearsAhead`, `locale`). */
export interface ExpiryEditOptions extends ExpiryOptions {
  /**
   * How the field shows the date: `MM / YY` (a four-digit year typed or pasted is shown by its
   * last two digits) or `MM / YYYY` (the year as typed; a two-digit year is never expanded).
   * @default "MM / YY"
   */
  readonly format?: ExpiryFormat;
}

/** The result of {@link editExpiry}; `status.month` and `status.year` hold the date once complete. */
export type ExpiryEditResult = EditResult<ExpiryResult>;

/** Where the slash is in ` / `: a caret past it is in the year. */
const SLASH_IN_SEPARATOR = 1;

/** The digits an expiry edit plans over, and the units typed text brings (digits, separators). */
const EXPIRY_UNITS = { read: readExpiryUnit, seen: readDigit };

/** A field state read into slots: the shown value and each end of the selection in the slots. */
interface ReadState {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly slots: ExpirySlots;
  readonly caret: SlotCaret;
  readonly caretEnd: SlotCaret;
}

/** The context an expiry edit runs in: the format, today (read at most once), the rules. */
interface ExpiryContext {
  readonly format: ExpiryFormat;
  readonly options: CheckedExpiryOptions;
  readonly rules: TypingRules;
}

/** The context of one call: `now` is resolved once, when first needed, and shared. */
function contextOf(options: ExpiryEditOptions): ExpiryContext {
  // The validator's options, checked once here (`invalid_option` for one that cannot be used).
  const checked = readExpiryOptions(options);
  let today: Date | undefined;
  const now = () => {
    today ??= resolveNow(checked.now);
    return today;
  };
  const format = expiryFormatOf(options.format);
  const centuries = () => centuriesOf(thisYear(now));
  return { format, options: { ...checked, now }, rules: { format, centuries } };
}

/**
 * Reads a field state into slots. A value the field would not show (set from outside) is read by
 * typing its digits into an empty field; the selection then keeps its digits.
 */
function readState(state: FieldState, context: ExpiryContext): ReadState {
  const raw = capped(state.value);
  const at = locate(readDigit, raw, state.selectionStart, state.selectionEnd);
  const shown = readShownSlots(raw);
  if (shown) {
    const caret = slotCaretAt(shown, raw, at.start);
    const caretEnd = slotCaretAt(shown, raw, at.end);
    return { value: raw, start: at.start, end: at.end, slots: shown.slots, caret, caretEnd };
  }
  const typed = typeText(
    { slots: EMPTY_SLOTS, caret: { slot: "month", index: 0 } },
    raw,
    context.rules,
  );
  const value = showExpiry(typed.slots);
  const reread = readShownSlots(value);
  const place = (digits: number) => offsetAfterDigits(value, digits);
  const start = place(at.from);
  const end = place(at.to);
  const caret = reread ? slotCaretAt(reread, value, start) : typed.caret;
  const caretEnd = reread ? slotCaretAt(reread, value, end) : typed.caret;
  return { value, start, end, slots: typed.slots, caret, caretEnd };
}

/** The offset just after the `k`-th digit of a shown value; the end from its last digit on. */
function offsetAfterDigits(value: string, k: number): number {
  if (k <= 0) return 0;
  return k >= value.replace(/[^0-9]/g, "").length ? value.length : offsetAfterUnits(value, k);
}

/**
 * The caret once a plan's units are removed: in the month when the edit starts there, in the
 * year when it starts past the slash.
 */
function caretAfterRemoval(planned: EditPlan, monthLength: number): SlotCaret {
  if (planned.from < monthLength) return { slot: "month", index: planned.from };
  const pastSlash = planned.at > monthLength + SLASH_IN_SEPARATOR;
  if (planned.from > monthLength || pastSlash) {
    return { slot: "year", index: planned.from - monthLength };
  }
  return { slot: "month", index: monthLength };
}

/**
 * Applies a plan to the slots: the digits it removes go from their own slot (the other keeps its
 * digits where they are), then what it inserts is typed at the caret.
 */
function applyPlan(read: ReadState, planned: EditPlan, rules: TypingRules): SlotState {
  const { month, year } = read.slots;
  const monthEnd = month.length;
  const kept: ExpirySlots = {
    month:
      month.slice(0, Math.min(planned.from, monthEnd)) +
      month.slice(Math.min(planned.to, monthEnd)),
    year:
      year.slice(0, Math.max(planned.from - monthEnd, 0)) +
      year.slice(Math.max(planned.to - monthEnd, 0)),
  };
  let typed: SlotState = { slots: kept, caret: caretAfterRemoval(planned, monthEnd) };
  for (const unit of planned.inserted) typed = typeUnit(typed, unit, rules);
  return settleSlots(typed, rules.format);
}

/** The complete date an inserting edit carries (autofill's `MM/YYYY`, a pasted `YYYY-MM`), or null. */
function wholeDate(edit: Edit, format: ExpiryFormat): ExpirySlots | null {
  const text =
    edit.kind === "replace" ? edit.value : edit.inputType.startsWith("insert") ? edit.data : null;
  const date = typeof text === "string" ? parseExpiryDate(capped(text)) : null;
  return date && { month: date.month, year: yearShown(date.year, format) };
}

/** The slots and caret after an edit, or null when it changes nothing. */
function nextState(read: ReadState, edit: Edit, context: ExpiryContext): SlotState | null {
  const at = locate(readDigit, read.value, read.start, read.end);
  const planned = planEdit(EXPIRY_UNITS, edit, at);
  if (!planned) return null;
  const typed = applyPlan(read, planned, context.rules);
  const date = planned.inserted.length > 0 ? wholeDate(edit, context.format) : null;
  if (!date || showExpiry(date) === showExpiry(typed.slots)) return typed;
  return { slots: date, caret: { slot: "year", index: date.year.length } };
}

/** The result for slots and a selection in their shown value. */
function resultOf(
  slots: ExpirySlots,
  selection: { start: number; end: number },
  context: ExpiryContext,
): ExpiryEditResult {
  const value = showExpiry(slots);
  // A year without a month reads as no date yet (the person is retyping the month).
  const status = validateReadExpiry(slots.month === "" ? "" : value, context.options);
  const yearWidth = context.format === "MM / YYYY" ? LONG_YEAR_DIGITS : SHORT_YEAR_DIGITS;
  return {
    value,
    selectionStart: selection.start,
    selectionEnd: selection.end,
    status,
    complete:
      slots.month.length === MONTH_DIGITS && slots.year.length === yearWidth && status.isValid,
  };
}

/** A collapsed selection at the slot caret. */
function atCaret(state: SlotState): { start: number; end: number } {
  const offset = caretOffset(state.slots, state.caret);
  return { start: offset, end: offset };
}

/**
 * The fast path: one digit typed at the end of a value the field shows. Returns exactly what the
 * general path returns for that edit (a property test compares them), or null to leave the edit
 * to it. (One digit is never a whole date.)
 */
function typeAtEnd(state: FieldState, edit: Edit, context: ExpiryContext): SlotState | null {
  const typed = digitTypedAtEnd(state, edit);
  const shown = typed === null ? null : readShownSlots(state.value);
  if (typed === null || !shown) return null;
  const caret = slotCaretAt(shown, state.value, state.value.length);
  return settleSlots(typeUnit({ slots: shown.slots, caret }, typed, context.rules), context.format);
}

/** Where the selection stays when an edit changes nothing: where the browser left it, if known. */
function unchangedSelection(read: ReadState, edit: Edit): { start: number; end: number } {
  if (edit.kind !== "replace" || typeof edit.selectionStart !== "number") {
    // Each end just after a digit (or at 0, or at the end), as after any edit.
    const start = caretOffset(read.slots, read.caret);
    return { start, end: Math.max(start, caretOffset(read.slots, read.caretEnd)) };
  }
  const left = locate(
    readDigit,
    edit.value,
    edit.selectionStart,
    edit.selectionEnd ?? edit.selectionStart,
  );
  return {
    start: offsetAfterDigits(read.value, left.from),
    end: offsetAfterDigits(read.value, left.to),
  };
}

/**
 * Applies one edit to an expiry field shown as `MM / YY` (or `MM / YYYY`). The month and the year
 * are slots: deleting a digit of one, selecting across the separator or typing over a selection
 * leaves the other's digits where they are, and a digit typed goes into the slot the caret is in.
 * A first digit 2-9 is a month on its own (`5` -> `05 / `), so is `1` followed by 3-9 (`13` ->
 * `01 / 3`) and `1` followed by a typed separator; otherwise a month is padded only once the
 * person moves on (see {@link commitExpiry}). A four-digit year typed or pasted (`12/2030`,
 * `122030`) is shown as `12 / 30` (`12 / 2030` in `MM / YYYY`); a two-digit year is never
 * expanded. A complete date in any common form (`MM/YYYY`, `YYYY-MM`, `M/YY`) pasted or autofilled
 * replaces the field. Never throws.
 *
 * Options: those of `validateExpiry` (`now`, `maxYearsAhead`, `locale`).
 *
 * @example
 * const next = editExpiry(
 *   { value: "12 / 30", selectionStart: 2, selectionEnd: 2 },
 *   { kind: "input", inputType: "deleteContentBackward", data: null },
 * );
 * next.value; // "1 / 30"
 * next.selectionStart; // 1
 */
export function editExpiry(
  givenState: FieldState,
  givenEdit: Edit,
  givenOptions?: ExpiryEditOptions,
): ExpiryEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const context = contextOf(ownOptions(givenOptions));
  const fast = typeAtEnd(state, edit, context);
  if (fast) return resultOf(fast.slots, atCaret(fast), context);
  const read = readState(state, context);
  const next = nextState(read, edit, context);
  if (!next) return resultOf(read.slots, unchangedSelection(read, edit), context);
  return resultOf(next.slots, atCaret(next), context);
}

/** Options of {@link commitExpiry}. */
export interface ExpiryCommitOptions extends ExpiryEditOptions {
  /**
   * Why the binding commits: `"blur"` (the field was left: a one-digit month is padded) or
   * `"caret"` (the caret moved: padded only when it is now in the year).
   * @default "blur"
   */
  readonly reason?: "blur" | "caret";
}

/**
 * The person has moved on from the month: pads a one-digit month (`1 / 30` -> `01 / 30`, `1` ->
 * `01 / `). Call it when the field loses focus, and with `reason: "caret"` when the caret moves
 * without an edit (it then pads only once the caret is in the year). A month `0`, or none, is
 * left as it is. Never throws.
 *
 * @example
 * commitExpiry({ value: "1 / 30", selectionStart: 6, selectionEnd: 6 }).value; // "01 / 30"
 */
export function commitExpiry(
  givenState: FieldState,
  givenOptions?: ExpiryCommitOptions,
): ExpiryEditResult {
  // The entry guard: a plain capped value, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const options = ownOptions(givenOptions);
  const context = contextOf(options);
  const read = readState(state, context);
  const moved = options.reason !== "caret" || read.caret.slot === "year";
  if (!moved) return resultOf(read.slots, read, context);
  const start = settleSlots(padMonth({ slots: read.slots, caret: read.caret }), context.format);
  const end = settleSlots(padMonth({ slots: read.slots, caret: read.caretEnd }), context.format);
  const from = caretOffset(start.slots, start.caret);
  const to = Math.max(from, caretOffset(start.slots, end.caret));
  return resultOf(start.slots, { start: from, end: to }, context);
}
