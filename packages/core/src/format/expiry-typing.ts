import {
  type ExpiryFormat,
  type ExpirySlots,
  LONG_YEAR_DIGITS,
  MONTH_DIGITS,
  SHORT_YEAR_DIGITS,
  type SlotState,
} from "./expiry-slots";

/** What typing into the slots needs to know besides the digits. */
export interface TypingRules {
  /** How the field shows the year. */
  readonly format: ExpiryFormat;
  /**
   * The first two digits of the four-digit years a year slot may grow into in `MM / YY`: this
   * century's and the next (`["20", "21"]` in 2026). Any other two digits are a two-digit year.
   * A function, so the clock is read only when a third year digit is typed.
   */
  readonly centuries: () => readonly string[];
}

/** What stands for a typed separator among the units of inserted text. */
export const SEPARATOR_UNIT = "/";

/** The first digit of a month that can only be one digit (`2`-`9`), and `1` of `10`-`12`. */
const LAST_ONE_DIGIT_MONTH = "1";

/**
 * Whether the month slot takes these digits: `""`, `0`-`9`, `00`-`12` (`00` is shown as typed,
 * and the validator says it is no month; `13` is January and a year being typed).
 */
export function isMonthPrefix(month: string): boolean {
  return month.length < MONTH_DIGITS || (month.length === MONTH_DIGITS && Number(month) <= 12);
}

/** A one-digit month nothing can follow (`2`-`9`): January to September need no second digit. */
const isLoneMonth = (month: string) => month.length === 1 && month > LAST_ONE_DIGIT_MONTH;

/** A one-digit month that can be padded (`1`-`9`: `0` is no month). */
const canPad = (month: string) => month.length === 1 && month !== "0";

/** Whether a year slot may hold these digits: two, or four of a year the rules allow. */
function mayGrow(year: string, rules: TypingRules): boolean {
  if (year.length <= SHORT_YEAR_DIGITS) return true;
  if (year.length > LONG_YEAR_DIGITS) return false;
  return rules.format === "MM / YYYY" || rules.centuries().includes(year.slice(0, 2));
}

/** The month padded to two digits when it is one digit but `0`; the caret keeps its digit. */
export function padMonth(state: SlotState): SlotState {
  const { slots, caret } = state;
  if (!canPad(slots.month)) return state;
  const moved = caret.slot === "month" ? { slot: caret.slot, index: caret.index + 1 } : caret;
  return { slots: { month: `0${slots.month}`, year: slots.year }, caret: moved };
}

/** The caret at the start of the year. */
const toYear = (slots: ExpirySlots): SlotState => ({ slots, caret: { slot: "year", index: 0 } });

/** Types a digit into the year at the caret, or drops it when the year cannot hold it. */
function typeIntoYear(state: SlotState, digit: string, rules: TypingRules): SlotState {
  const { slots, caret } = state;
  const year = slots.year.slice(0, caret.index) + digit + slots.year.slice(caret.index);
  if (!mayGrow(year, rules)) return state;
  const typed: SlotState = {
    slots: { month: slots.month, year },
    caret: { slot: "year", index: caret.index + 1 },
  };
  // A four-digit year is shown short at once, so typing and pasting it end alike.
  return shortenYear(typed, rules.format);
}

/** In `MM / YY`, a four-digit year is shown by its last two digits; the caret keeps its digit. */
function shortenYear(state: SlotState, format: ExpiryFormat): SlotState {
  const { slots, caret } = state;
  if (format !== "MM / YY" || slots.year.length !== LONG_YEAR_DIGITS) return state;
  const cut = LONG_YEAR_DIGITS - SHORT_YEAR_DIGITS;
  const index = caret.slot === "year" ? Math.max(0, caret.index - cut) : caret.index;
  return {
    slots: { month: slots.month, year: slots.year.slice(cut) },
    caret: { slot: caret.slot, index },
  };
}

/**
 * A digit typed at the end of the month: a month that can only be one digit is padded and the
 * caret moves to the year, as does a complete month.
 */
function settleMonth(state: SlotState): SlotState {
  const padded = isLoneMonth(state.slots.month) ? padMonth(state) : state;
  return padded.slots.month.length === MONTH_DIGITS ? toYear(padded.slots) : padded;
}

/**
 * Types a digit into the month at the caret. A digit that cannot extend a month at its end starts
 * the year (`1` then `3` is January, 2003 being typed); at its end a full month passes the digit
 * on to the year; anywhere else a digit that does not fit is dropped.
 */
function typeIntoMonth(state: SlotState, digit: string, rules: TypingRules): SlotState {
  const { slots, caret } = state;
  const atEnd = caret.index === slots.month.length;
  if (slots.month.length < MONTH_DIGITS) {
    const month = slots.month.slice(0, caret.index) + digit + slots.month.slice(caret.index);
    if (isMonthPrefix(month)) {
      const typed: SlotState = {
        slots: { month, year: slots.year },
        caret: { slot: caret.slot, index: caret.index + 1 },
      };
      return atEnd ? settleMonth(typed) : typed;
    }
    if (!atEnd || !canPad(slots.month)) return state;
    return typeIntoYear(toYear(padMonth(state).slots), digit, rules);
  }
  if (!atEnd) return state;
  const moved = typeIntoYear(toYear(slots), digit, rules);
  // A digit the year cannot hold leaves the caret where it was.
  return moved.slots === slots ? state : moved;
}

/**
 * A separator typed: at the end of a month it means the month is done (padded, `1/` is January)
 * and the caret moves to the year; anywhere else it changes nothing.
 */
function typeSeparator(state: SlotState): SlotState {
  const { slots, caret } = state;
  const done = caret.slot === "month" && caret.index === slots.month.length;
  if (!done || !(canPad(slots.month) || slots.month.length === MONTH_DIGITS)) return state;
  return toYear(padMonth(state).slots);
}

/** Types one unit (a digit, or {@link SEPARATOR_UNIT}) at the caret. */
export function typeUnit(state: SlotState, unit: string, rules: TypingRules): SlotState {
  if (unit === SEPARATOR_UNIT) return typeSeparator(state);
  return state.caret.slot === "month"
    ? typeIntoMonth(state, unit, rules)
    : typeIntoYear(state, unit, rules);
}

/**
 * Brings slots into the shape the field shows once an edit is done: with the caret in the year
 * the person has moved on from the month (padded); in `MM / YY`, a four-digit year is shown by its
 * last two digits.
 */
export function settleSlots(state: SlotState, format: ExpiryFormat): SlotState {
  return shortenYear(state.caret.slot === "year" ? padMonth(state) : state, format);
}
