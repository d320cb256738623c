import {
  EMPTY_SLOTS,
  type ExpiryFormat,
  expiryFormatOf,
  LONG_YEAR_DIGITS,
  MONTH_DIGITS,
  SHORT_YEAR_DIGITS,
  type SlotName,
  type SlotState,
} from "../format/expiry-slots";
import { padMonth, type TypingRules, typeUnit } from "../format/expiry-typing";
import { readExpiryUnit } from "../format/expiry-units";
import { centuriesOf, thisYear } from "../format/format-expiry";
import { readEdit, readFieldState } from "../guard/edit-input";
import type { LocaleOptions } from "../locale/types";
import { localeOption } from "../options/check-option";
import { ownOptions, ownRecord } from "../options/own-options";
import { readExpiryOptions } from "../options/read-options";
import { readDigit } from "../text/unit-reader";
import type { ExpiryOptions } from "../validators/expiry";
import {
  type ExpiryPartResult,
  validateExpiryMonth,
  validateExpiryYear,
} from "../validators/expiry-parts";
import { type EditPlan, locate, planEdit } from "./run-edit";
import type { Edit, EditResult, FieldState } from "./types";

/** Options of {@link editExpiryMonth}: the locale of its issues. */
export type ExpiryMonthEditOptions = LocaleOptions;

/** Options of {@link editExpiryYear}: those of `validateExpiry`, and how the year is shown. */
export interface ExpiryYearEditOptions extends ExpiryOptions {
  /**
   * The same setting as `editExpiry`'s, so one merchant option drives both kinds of expiry field:
   * `MM / YY`, a four-digit year typed or pasted is shown by its last two digits; `MM / YYYY`,
   * the year as typed (two digits stay two: a year is never expanded by guess).
   * @default "MM / YY"
   */
  readonly format?: ExpiryFormat;
}

/** The result of {@link editExpiryMonth} and {@link editExpiryYear}. */
export type ExpiryPartEditResult = EditResult<ExpiryPartResult>;

/** Digits and typed separators are read from inserted text; the field shows digits only. */
const PART_UNITS = { read: readExpiryUnit, seen: readDigit };

/** A one-slot field's state: its digits (at most `max`) and its selection in them. */
function readPart(state: FieldState, max: number) {
  const at = locate(readDigit, state.value, state.selectionStart, state.selectionEnd);
  const digits = at.units.slice(0, max).join("");
  return { at, digits, from: Math.min(at.from, max), to: Math.min(at.to, max) };
}

/**
 * Applies a plan to one slot: removes its digits, then types what it inserts, keeping only what
 * stays in this slot (a digit the month would pass on to the year is dropped).
 */
function applyToSlot(
  slot: SlotName,
  digits: string,
  planned: EditPlan,
  rules: TypingRules,
): SlotState {
  const kept = digits.slice(0, planned.from) + digits.slice(planned.to);
  let typed: SlotState = {
    slots: { ...EMPTY_SLOTS, [slot]: kept },
    caret: { slot, index: planned.from },
  };
  for (const unit of planned.inserted) {
    const next = typeUnit(typed, unit, rules);
    const left = slot === "month" && next.slots.year !== "";
    if (!left) typed = next;
  }
  // A month done (full, or ended by a separator) leaves the caret at its end.
  return typed.caret.slot === slot
    ? typed
    : { slots: typed.slots, caret: { slot, index: typed.slots[slot].length } };
}

/** The result for a slot's digits and caret. */
function partEdit(
  digits: string,
  caret: { start: number; end: number },
  status: ExpiryPartResult,
  completeLength: number,
): ExpiryPartEditResult {
  return {
    value: digits,
    selectionStart: caret.start,
    selectionEnd: caret.end,
    status,
    complete: digits.length === completeLength && status.isValid,
  };
}

/** Runs an edit on a one-slot field: the slot's digits and the caret after it. */
function editSlot(slot: SlotName, state: FieldState, edit: Edit, rules: TypingRules, max: number) {
  const read = readPart(state, max);
  const planned = planEdit(PART_UNITS, edit, { ...read.at, from: read.from, to: read.to });
  if (!planned) return { digits: read.digits, caret: { start: read.from, end: read.to } };
  const typed = applyToSlot(slot, read.digits, planned, rules);
  const digits = typed.slots[slot];
  return { digits, caret: { start: typed.caret.index, end: typed.caret.index } };
}

/** The rules of a month input (its year rules never apply). */
const MONTH_RULES: TypingRules = { format: "MM / YY", centuries: () => [] };

/**
 * Applies one edit to a split month input (`autocomplete="cc-exp-month"`): at most two digits
 * forming a month; a digit that cannot be one is dropped. A first digit 2-9 is a month on its own
 * (`5` -> `05`); `1` waits for a second digit or for {@link commitExpiryMonth} (a typed separator
 * commits it too). Never throws.
 *
 * @example
 * editExpiryMonth(
 *   { value: "", selectionStart: 0, selectionEnd: 0 },
 *   { kind: "input", inputType: "insertText", data: "5" },
 * ).value; // "05"
 */
export function editExpiryMonth(
  givenState: FieldState,
  givenEdit: Edit,
  givenOptions?: ExpiryMonthEditOptions,
): ExpiryPartEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const locale = localeOption(ownRecord(givenOptions).locale);
  const { digits, caret } = editSlot("month", state, edit, MONTH_RULES, MONTH_DIGITS);
  return partEdit(digits, caret, validateExpiryMonth(digits, locale), MONTH_DIGITS);
}

/** The month input was left: a one-digit month is padded (`1` -> `01`); `0` stays. */
export function commitExpiryMonth(
  givenState: FieldState,
  givenOptions?: ExpiryMonthEditOptions,
): ExpiryPartEditResult {
  // The entry guard: a plain capped value, own options only (see guard/edit-input.ts).
  const read = readPart(readFieldState(givenState), MONTH_DIGITS);
  const locale = localeOption(ownRecord(givenOptions).locale);
  const padded = padMonth({
    slots: { ...EMPTY_SLOTS, month: read.digits },
    caret: { slot: "month", index: read.from },
  });
  const digits = padded.slots.month;
  const shift = digits.length - read.digits.length;
  const caret = { start: read.from + shift, end: read.to + shift };
  return partEdit(digits, caret, validateExpiryMonth(digits, locale), MONTH_DIGITS);
}

/**
 * Applies one edit to a split year input (`autocomplete="cc-exp-year"`): two digits, or four of a
 * year of this or the next century (`2030`), shown by their last two in `MM / YY` (the default)
 * and as typed in `MM / YYYY`. A two-digit year is never expanded. Never throws.
 *
 * @example
 * editExpiryYear(
 *   { value: "203", selectionStart: 3, selectionEnd: 3 },
 *   { kind: "input", inputType: "insertText", data: "0" },
 * ).value; // "30"
 */
export function editExpiryYear(
  givenState: FieldState,
  givenEdit: Edit,
  givenOptions?: ExpiryYearEditOptions,
): ExpiryPartEditResult {
  // The entry guard: plain capped values, own options only (see guard/edit-input.ts).
  const state = readFieldState(givenState);
  const edit = readEdit(givenEdit);
  const own = ownOptions(givenOptions);
  const options = readExpiryOptions(own);
  const format = expiryFormatOf(own.format);
  const long = format === "MM / YYYY";
  const rules: TypingRules = { format, centuries: () => centuriesOf(thisYear(options.now)) };
  const { digits, caret } = editSlot("year", state, edit, rules, LONG_YEAR_DIGITS);
  const status = validateExpiryYear(digits, options);
  return partEdit(digits, caret, status, long ? LONG_YEAR_DIGITS : SHORT_YEAR_DIGITS);
}
