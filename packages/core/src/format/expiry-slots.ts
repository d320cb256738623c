import { digitAt } from "../text/normalize";

/**
 * How the expiry field shows a date: `MM / YY` (a four-digit year typed or pasted is shown by its
 * last two digits) or `MM / YYYY` (the year as typed: two digits stay two, four stay four).
 */
export type ExpiryFormat = "MM / YY" | "MM / YYYY";

/** The expiry field's format unless the merchant asks for another. */
export const DEFAULT_EXPIRY_FORMAT: ExpiryFormat = "MM / YY";

/** A month has at most this many digits. */
export const MONTH_DIGITS = 2;
/** A year shown `YY`. */
export const SHORT_YEAR_DIGITS = 2;
/** A year shown `YYYY`, and the most digits a year slot holds. */
export const LONG_YEAR_DIGITS = 4;
/** What the field shows between the month and the year. */
export const EXPIRY_SEPARATOR = " / ";

/** The two slots of an expiry field: the digits of the month and of the year (ASCII). */
export interface ExpirySlots {
  /** 0-2 digits. */
  readonly month: string;
  /** 0-4 digits. */
  readonly year: string;
}

/** Which slot a caret is in. */
export type SlotName = "month" | "year";

/** A caret inside the slots: which slot, and how many of its digits lie before it. */
export interface SlotCaret {
  /** The slot the caret is in. */
  readonly slot: SlotName;
  /** How many of the slot's digits lie before the caret. */
  readonly index: number;
}

/** Slots and a caret in them: what every step of an expiry edit works on. */
export interface SlotState {
  /** The digits. */
  readonly slots: ExpirySlots;
  /** The caret. */
  readonly caret: SlotCaret;
}

/** No digits at all. */
export const EMPTY_SLOTS: ExpirySlots = { month: "", year: "" };

/** A slash of any width: what splits a shown value into its slots. */
const SLASH = /[/\u2215\uff0f]/;

/**
 * The value an expiry field shows for its slots: the month, then ` / ` and the year once there is
 * a year; a complete month alone is followed by ` / ` (typing goes on in the year); a month being
 * typed stands alone.
 *
 * @example
 * showExpiry({ month: "12", year: "" }); // "12 / "
 * showExpiry({ month: "1", year: "30" }); // "1 / 30"
 */
export function showExpiry(slots: ExpirySlots): string {
  if (slots.year !== "") return `${slots.month}${EXPIRY_SEPARATOR}${slots.year}`;
  return slots.month.length === MONTH_DIGITS ? `${slots.month}${EXPIRY_SEPARATOR}` : slots.month;
}

/**
 * Where a slot caret is in the shown value. In the month, after its `index`-th digit; at the
 * year's start, just after the month (where Backspace takes the month's last digit, as in the
 * number field); past the year's last digit, the end (past a trailing ` / `, where typing goes on).
 */
export function caretOffset(slots: ExpirySlots, caret: SlotCaret): number {
  const shown = showExpiry(slots);
  if (caret.slot === "month") return Math.min(caret.index, slots.month.length);
  if (caret.index >= slots.year.length) return shown.length;
  if (caret.index <= 0) return slots.month.length;
  return slots.month.length + EXPIRY_SEPARATOR.length + caret.index;
}

/** A shown value read into slots, and where its slash is (-1 when it has none). */
interface ReadSlots {
  readonly slots: ExpirySlots;
  readonly slash: number;
}

/**
 * Reads the digits of a shown value into slots: those before its slash are the month's, those
 * after the year's. Returns null when the value is not one the field shows (no slash but more
 * than a month, a slot too long): the caller retypes its digits.
 */
export function readShownSlots(value: string): ReadSlots | null {
  let month = "";
  let year = "";
  let slash = -1;
  for (let i = 0; i < value.length; ) {
    const { digit, width } = digitAt(value, i);
    if (digit >= 0 && slash < 0) month += String(digit);
    else if (digit >= 0) year += String(digit);
    else if (slash < 0 && SLASH.test(value.charAt(i))) slash = i;
    i += width;
  }
  const slots = { month, year };
  const fits = month.length <= MONTH_DIGITS && year.length <= LONG_YEAR_DIGITS;
  return fits && showExpiry(slots) === value ? { slots, slash } : null;
}

/** How many digits (of any script) `text` holds before offset `end`. */
export function digitsBefore(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < Math.min(end, text.length); ) {
    const { digit, width } = digitAt(text, i);
    if (digit >= 0) count++;
    i += width;
  }
  return count;
}

/**
 * The slot caret at `offset` in a value {@link readShownSlots} read: up to the slash (or anywhere
 * in a month alone) it is in the month, after it in the year.
 */
export function slotCaretAt(read: ReadSlots, value: string, offset: number): SlotCaret {
  const before = digitsBefore(value, offset);
  if (read.slash < 0 || offset <= read.slash) {
    return { slot: "month", index: Math.min(before, read.slots.month.length) };
  }
  return { slot: "year", index: before - read.slots.month.length };
}
