import { digitGroups, lastZoneTime, monthYear, resolveNow } from "../validators/expiry";
import {
  DEFAULT_EXPIRY_FORMAT,
  EMPTY_SLOTS,
  type ExpiryFormat,
  type ExpirySlots,
  LONG_YEAR_DIGITS,
  MONTH_DIGITS,
  SHORT_YEAR_DIGITS,
  type SlotState,
  showExpiry,
} from "./expiry-slots";
import { settleSlots, type TypingRules, typeUnit } from "./expiry-typing";
import { readExpiryUnit } from "./expiry-units";

/** Options of {@link formatExpiry}. */
export interface FormatExpiryOptions {
  /**
   * `MM / YY`, or `MM / YYYY` to keep a four-digit year (a two-digit one is never expanded).
   * @default "MM / YY"
   */
  readonly format?: ExpiryFormat;
  /**
   * Today, as for `validateExpiry`: it says which four-digit years are years (`122030`). Read
   * only for text of three or more year digits.
   * @default () => new Date()
   */
  readonly now?: Date | (() => Date);
}

/**
 * The slots of a complete date written `MM/YY`, `M/YY`, `MM/YYYY`, `M/YYYY` or `YYYY-MM` (what
 * autofill and people paste; any non-digits separate the parts), the year as written (two or
 * four digits), or null.
 */
export function parseExpiryDate(input: string): ExpirySlots | null {
  const read = digitGroups(input);
  if (typeof read === "string") return null;
  const [first, second] = read.groups;
  if (first === undefined || second === undefined || read.groups.length > 2) return null;
  const date = monthYear(first, second);
  if (!date) return null;
  const month = Number(date.month);
  const yearWidth = date.year.length;
  const isYear = yearWidth === SHORT_YEAR_DIGITS || yearWidth === LONG_YEAR_DIGITS;
  return isYear && month >= 1 && month <= 12
    ? { month: date.month.padStart(MONTH_DIGITS, "0"), year: date.year }
    : null;
}

/** The digits of a four-digit year shown in `format`: its last two in `MM / YY`. */
export function yearShown(year: string, format: ExpiryFormat): string {
  return format === "MM / YY" && year.length === LONG_YEAR_DIGITS
    ? year.slice(LONG_YEAR_DIGITS - SHORT_YEAR_DIGITS)
    : year;
}

/**
 * Types text into the slots at the caret, unit by unit (digits and typed separators; anything
 * else is dropped), then settles them: what typing, pasting and autofill into a field do.
 */
export function typeText(state: SlotState, text: string, rules: TypingRules): SlotState {
  let typed = state;
  for (let i = 0; i < text.length; ) {
    const { unit, width } = readExpiryUnit(text, i);
    if (unit !== null) typed = typeUnit(typed, unit, rules);
    i += width;
  }
  return settleSlots(typed, rules.format);
}

/** This year in UTC-12, from `now` (or the one clock read). */
export const thisYear = (now: FormatExpiryOptions["now"]): number =>
  lastZoneTime(resolveNow(now)).getUTCFullYear();

/** The first two digits of this century's years and the next's. */
export function centuriesOf(year: number): string[] {
  const century = Math.floor(year / 100);
  return [String(century), String(century + 1)];
}

/**
 * Formats an expiry date as the expiry field shows it, `MM / YY` (or `MM / YYYY`). Complete dates
 * in any common form (`MM/YYYY`, `YYYY-MM`, `M/YY`, ...) are read as dates; otherwise the text is
 * typed into an empty field: a month that can only be one digit gets its `0` (`5` -> `05 / `,
 * `13` -> `01 / 3`), a separator after one digit ends the month (`1/` -> `01 / `), and digits that
 * do not fit are dropped. A complete month is followed by ` / ` so the result is exactly what the
 * field shows when the text is autofilled into it. Four-digit years starting with this or the
 * next century's digits are read as years (`1 2030` -> `01 / 30`).
 *
 * @example
 * formatExpiry("12/2030"); // "12 / 30"
 * formatExpiry("2030-03"); // "03 / 30"
 * formatExpiry("5"); // "05 / "
 * formatExpiry("12/2030", { format: "MM / YYYY" }); // "12 / 2030"
 */
export function formatExpiry(input: string, options: FormatExpiryOptions = {}): string {
  const format = options.format ?? DEFAULT_EXPIRY_FORMAT;
  const text = typeof input === "string" ? input : "";
  const date = parseExpiryDate(text);
  if (date) return showExpiry({ month: date.month, year: yearShown(date.year, format) });
  const rules = { format, centuries: () => centuriesOf(thisYear(options.now)) };
  const start: SlotState = { slots: EMPTY_SLOTS, caret: { slot: "month", index: 0 } };
  return showExpiry(typeText(start, text, rules).slots);
}
