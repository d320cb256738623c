import { issuesOf } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { digitAt } from "../text/normalize";
import type { IssueCode, IssueParams, ValidationResult } from "../types";

/** How many years ahead an expiry may be by default (card-validator's `maxElapsedYear`). */
export const DEFAULT_MAX_YEARS_AHEAD = 19;

/** What {@link validateExpiry} reads: text such as `"03/26"`, or a month and a year. */
export type ExpiryInput =
  | string
  | { readonly month: string | number; readonly year: string | number };

/** Options of {@link validateExpiry}. */
export interface ExpiryOptions extends LocaleOptions {
  /**
   * Today, as a Date or a function returning one. When absent the validator calls `new Date()`
   * exactly once per call: that is the only clock read in cardward. Inject it in tests and on
   * servers that validate against a transaction's time.
   * @default () => new Date()
   */
  readonly now?: Date | (() => Date);
  /**
   * How many years after the current one an expiry may be.
   * @default 19
   */
  readonly maxYearsAhead?: number;
}

/** The result of {@link validateExpiry}. */
export interface ExpiryResult extends ValidationResult {
  /** The month (1-12) once month and year are complete (even when expired), else null. */
  readonly month: number | null;
  /** The four-digit year once month and year are complete (even when expired), else null. */
  readonly year: number | null;
}

/** UTC-12 is this far behind UTC: the last time zone on Earth where a month ends. */
const HALF_DAY_MS = 12 * 60 * 60 * 1000;
/** Longer text is not an expiry date (checked before anything is scanned). */
const MAX_EXPIRY_LENGTH = 32;
/** The months of a year. */
const MONTHS = 12;
/** Years in a century: a two-digit year is read in the century of now. */
const CENTURY = 100;
/** A month has at most two digits; a short year two, a long one four. */
const MONTH_DIGITS = 2;
const SHORT_YEAR_DIGITS = 2;
const LONG_YEAR_DIGITS = 4;
/** `{ month, year }` numbers must be below this (at most four digits). */
const YEAR_LIMIT = 10_000;

/**
 * Today as `now` gives it (a Date, or a function returning one); an absent or invalid `now` falls
 * back to the one clock read, `new Date()`.
 */
export function resolveNow(now: ExpiryOptions["now"]): Date {
  const at = typeof now === "function" ? now() : now;
  return at instanceof Date && !Number.isNaN(at.getTime()) ? at : new Date();
}

/** The time in UTC-12, read through the `getUTC*` methods: months there end last on Earth. */
export function lastZoneTime(at: Date): Date {
  return new Date(at.getTime() - HALF_DAY_MS);
}

/** What separates a date's parts: the number's separators (`\s` but U+FEFF, dashes) and slashes. */
const DATE_SEPARATOR = /[^\S\ufeff]|[-\u2010-\u2014\u2212/\u2215\uff0f]/;

/** Text read into its runs of digits. */
export interface DigitGroups {
  /** Each run of digits (any Unicode decimal digit, as ASCII), in order. */
  readonly groups: string[];
  /** The text ends inside a run: the person may still be typing it. */
  readonly open: boolean;
}

/**
 * Splits text into runs of digits (any Unicode decimal digit, as ASCII) and whether the text ends
 * inside a run (still typing it). In `strict` mode a character that is neither a digit nor a date
 * separator makes it `invalid_characters`; otherwise every other character separates.
 */
export function digitGroups(text: string, strict = false): DigitGroups | IssueCode {
  if (text.length > MAX_EXPIRY_LENGTH) return "invalid_format";
  const groups: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; ) {
    const { digit, width } = digitAt(text, i);
    const isDigit = digit >= 0;
    if (isDigit && open) groups[groups.length - 1] += String(digit);
    else if (isDigit) groups.push(String(digit));
    else if (strict && !DATE_SEPARATOR.test(text.charAt(i))) return "invalid_characters";
    open = isDigit;
    i += width;
  }
  return { groups, open };
}

/** A month and a year as written, and whether the year came first (`YYYY-MM`). */
export interface WrittenDate {
  /** The month's digits. */
  readonly month: string;
  /** The year's digits. */
  readonly year: string;
  /** Written `YYYY-MM`. */
  readonly yearFirst: boolean;
}

/**
 * The month and year of two digit groups, `MM/YY(YY)` or `YYYY-MM` (then `yearFirst`), or null
 * when they are neither.
 */
export function monthYear(first: string, second: string): WrittenDate | null {
  if (first.length <= MONTH_DIGITS && second.length <= LONG_YEAR_DIGITS) {
    return { month: first, year: second, yearFirst: false };
  }
  if (first.length === LONG_YEAR_DIGITS && second.length <= MONTH_DIGITS) {
    return { month: second, year: first, yearFirst: true };
  }
  return null;
}

/** An expiry as read, before the clock is asked: the written date and whether it is still open. */
interface ReadExpiry extends WrittenDate {
  /** The text ends in a digit: the last group may still grow. */
  readonly open: boolean;
}

/** The verdict on an expiry: its issue (or null), whether it may become valid, the date. */
interface Verdict {
  readonly code: IssueCode | null;
  readonly potentially: boolean;
  readonly month?: number;
  readonly year?: number;
}

/** A verdict with an issue and no date. */
const refuse = (code: IssueCode, potentially: boolean): Verdict => ({ code, potentially });

/** Reads expiry text: a written date, or the verdict when it cannot be one. */
function readText(input: string): ReadExpiry | Verdict {
  const read = digitGroups(input, true);
  if (typeof read === "string") return refuse(read, false);
  const { groups, open } = read;
  const [first, second] = groups;
  if (first === undefined) return refuse("required", true);
  if (groups.length > 2) return refuse("invalid_format", false);
  // One group is `M`, `MM`, `MMY` to `MMYYYY` (longer leaves more than four digits of year), or
  // (finished) `YYYY` of `YYYY-MM` being typed: read as two groups, the second empty.
  const cut = first.length === LONG_YEAR_DIGITS && !open ? LONG_YEAR_DIGITS : MONTH_DIGITS;
  const date =
    second === undefined
      ? monthYear(first.slice(0, cut), first.slice(cut))
      : monthYear(first, second);
  if (!date) return refuse("invalid_format", false);
  return { month: date.month, year: date.year, yearFirst: date.yearFirst, open };
}

/** One part of `{ month, year }` read: its digits, or the issue it has. */
type PartRead = { readonly digits: string } | { readonly issue: IssueCode };

/** The digits of one part of `{ month, year }`: `""` when absent. */
function readPart(value: unknown): PartRead {
  if (value === null || value === undefined) return { digits: "" };
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < YEAR_LIMIT
      ? { digits: String(value).padStart(MONTH_DIGITS, "0") }
      : { issue: "invalid_characters" };
  }
  if (typeof value !== "string") return { issue: "invalid_type" };
  const read = digitGroups(value, true);
  if (typeof read === "string" || read.groups.length > 1) return { issue: "invalid_characters" };
  return { digits: read.groups.join("") };
}

/** The parts of `{ month, year }` as read: anything may be there. */
interface Parts {
  readonly month?: unknown;
  readonly year?: unknown;
}

/** Reads `{ month, year }` (a getter or proxy may throw: that is a wrong type). */
function readParts(input: Parts): ReadExpiry | Verdict {
  let month: PartRead;
  let year: PartRead;
  try {
    month = readPart(input.month);
    year = readPart(input.year);
  } catch {
    return refuse("invalid_type", false);
  }
  // A wrong type on either side first, then unreadable text.
  const issues = [month, year].flatMap((part) => ("issue" in part ? [part.issue] : []));
  if (issues.includes("invalid_type")) return refuse("invalid_type", false);
  if ("issue" in month || "issue" in year) return refuse("invalid_characters", false);
  if (month.digits === "") return refuse(year.digits ? "invalid_month" : "required", false);
  const width = year.digits.length;
  if (width !== SHORT_YEAR_DIGITS && width !== LONG_YEAR_DIGITS)
    return refuse("invalid_year", false);
  return { month: month.digits, year: year.digits, yearFirst: false, open: false };
}

/**
 * Whether the month is 1-12, or still partial: none yet (`""` of `YYYY-`) or a lone `0` being
 * typed before anything else.
 */
function isPossibleMonth(read: ReadExpiry): boolean {
  const { month, year, yearFirst, open } = read;
  const value = Number(month);
  if (month.length > MONTH_DIGITS || value > MONTHS) return false;
  const stillTyping = month === "0" && open && (yearFirst || year === "");
  return month === "" || value > 0 || stillTyping;
}

/** The clock's part of a verdict: today's year in UTC-12 and the first year `month` is valid in. */
interface Today {
  readonly year: number;
  /** The first year the month (any month while it is partial) is still valid in. */
  readonly firstYear: number;
  readonly maxYearsAhead: number;
}

/**
 * Why no year the digits can still become is valid (null when one can), read on `width` digits:
 * two digits are a year in the century of now, four the year itself, and fewer digits are the
 * start of one ("2" is 2020-2029 read on two digits, 2000-2999 on four).
 */
function reach(year: string, width: number, today: Today): IssueCode | null {
  const span = 10 ** (width - year.length);
  const century = width < LONG_YEAR_DIGITS ? today.year - (today.year % CENTURY) : 0;
  const lowest = century + Number(year) * span;
  if (lowest + span <= today.firstYear) return "expired";
  return lowest > today.year + today.maxYearsAhead ? "too_far_ahead" : null;
}

/** The verdict on a readable expiry; reads the clock only once the month is known to be possible. */
function judge(read: ReadExpiry, options: ExpiryOptions, maxYearsAhead: number): Verdict {
  if (!isPossibleMonth(read)) return refuse("invalid_month", false);
  const { month, year, open } = read;
  // No year yet (`MM/`): potentially valid whatever the date.
  if (year === "") return refuse("invalid_format", true);
  const shifted = lastZoneTime(resolveNow(options.now));
  const thisYear = shifted.getUTCFullYear();
  const monthValue = Number(month);
  // getUTCMonth counts from 0: a month at or before it has ended this year.
  const ended = monthValue > 0 && monthValue <= shifted.getUTCMonth();
  const today: Today = {
    year: thisYear,
    firstYear: ended ? thisYear + 1 : thisYear,
    maxYearsAhead,
  };
  const isShort = year.length <= SHORT_YEAR_DIGITS;
  const why = reach(year, isShort ? SHORT_YEAR_DIGITS : LONG_YEAR_DIGITS, today);
  // Digits still being typed (and a lone digit) may also become a four-digit year: "12/20" may
  // become "12/2026".
  const mayGrow = open || year.length < SHORT_YEAR_DIGITS;
  const potentially = why === null || (mayGrow && reach(year, LONG_YEAR_DIGITS, today) === null);
  // A partial year or month is potentially valid while some way to finish it can be valid.
  const partial = monthValue === 0 || year.length % 2 === 1;
  if (partial)
    return refuse(potentially ? "invalid_format" : (why ?? "invalid_format"), potentially);
  const century = isShort ? thisYear - (thisYear % CENTURY) : 0;
  return { code: why, potentially, month: monthValue, year: century + Number(year) };
}

/** The verdict on any input. */
function check(input: unknown, options: ExpiryOptions, maxYearsAhead: number): Verdict {
  if (input === null || input === undefined) return refuse("required", false);
  const read =
    typeof input === "string"
      ? readText(input)
      : typeof input === "object" && !Array.isArray(input)
        ? readParts(input)
        : refuse("invalid_type", false);
  return "potentially" in read ? read : judge(read, options, maxYearsAhead);
}

/**
 * Validates a card's expiry date. The card is valid through the last day of its month and is
 * reported `expired` only once that month has ended in UTC-12, where months end last: the issuer,
 * not the browser's time zone, decides. Two-digit years are read in the century of `now`
 * (`"03/26"` is March 2026 for any `now` in 2000-2099). Accepts `MM/YY`, `MM / YY`, `M/YY`,
 * `MM/YYYY`, `MMYY`, `MMYYYY`, `MM-YY`, `YYYY-MM` (autofill) and `{ month, year }` (numbers or
 * strings). Partial text such as `"1"`, `"12/"` or `"12/2"` is potentially valid. Never throws.
 * Each issue carries the parameters that explain it: `too_far_ahead` its `maxYearsAhead`.
 *
 * @example
 * const result = validateExpiry("03/30", { now: new Date("2026-03-31T12:00:00Z") });
 * result.isValid; // true
 * [result.month, result.year]; // [3, 2030]
 */
export function validateExpiry(input: unknown, options: ExpiryOptions = {}): ExpiryResult {
  const maxYearsAhead = options.maxYearsAhead ?? DEFAULT_MAX_YEARS_AHEAD;
  const verdict = check(input, options, maxYearsAhead);
  const params: IssueParams =
    verdict.code === "too_far_ahead" ? { field: "expiry", maxYearsAhead } : { field: "expiry" };
  return {
    isValid: verdict.code === null,
    isPotentiallyValid: verdict.potentially,
    issues: issuesOf(verdict.code, params, options.locale),
    month: verdict.month ?? null,
    year: verdict.year ?? null,
  };
}
