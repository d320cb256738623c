import { readExpiryInput } from "../guard/expiry-input";
import { issuesOf } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { readExpiryOptions } from "../options/read-options";
import { digitAt } from "../text/normalize";
import type { IssueCode, ValidationResult } from "../types";

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

/** What separates a date's parts: the number's separators (`\s` but U+FEFF, dashes) and slashes. */
const DATE_SEPARATOR = /[^\S\ufeff]|[-\u2010-\u2014\u2212/\u2215\uff0f]/;

/**
 * Splits text into runs of digits (any Unicode decimal digit, as ASCII) and whether the text ends
 * inside a run (still typing it). In `strict` mode a character that is neither a digit nor a date
 * separator makes it `invalid_characters`; otherwise every other character separates.
 */
export function digitGroups(text: string, strict?: boolean): [string[], boolean] | IssueCode {
  // Longer text is not an expiry date (checked before anything is scanned).
  if (text.length > 32) return "invalid_format";
  const groups: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; ) {
    const { digit, width } = digitAt(text, i);
    if (digit >= 0) {
      if (open) groups[groups.length - 1] += String(digit);
      else groups.push(String(digit));
    } else if (strict && !DATE_SEPARATOR.test(text[i] as string)) {
      return "invalid_characters";
    }
    open = digit >= 0;
    i += width;
  }
  return [groups, open];
}

/**
 * The month and year of two digit groups, `MM/YY(YY)` or `YYYY-MM` (then `yearFirst`), or null
 * when they are neither.
 */
export function monthYear(
  a: string,
  b: string,
): [month: string, year: string, yearFirst: boolean] | null {
  return a.length <= 2 && b.length <= 4
    ? [a, b, false]
    : a.length === 4 && b.length <= 2
      ? [b, a, true]
      : null;
}

/** The digits of one part of `{ month, year }`: "" when absent, null when unreadable; throws for a wrong type. */
function part(value: unknown): string | null {
  if (value == null) return "";
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < 1e4
      ? String(value).padStart(2, "0")
      : null;
  }
  if (typeof value !== "string") throw value;
  const read = digitGroups(value, true);
  return typeof read === "string" || read[0].length > 1 ? null : read[0].join("");
}

/** The parts of `{ month, year }` as read: anything may be there. */
type Fields = { readonly month?: unknown; readonly year?: unknown };

/** An issue (or null), whether the value may still become valid, and the date once complete. */
type Verdict = [code: IssueCode | null, potentially: boolean, month?: number, year?: number];

/** The verdict on an expiry; reads the clock only once the month is known to be possible. */
function check(input: unknown, now: ExpiryOptions["now"], max: number): Verdict {
  let month: string | null;
  let year: string | null;
  let yearFirst = false;
  // Whether the text ends in a digit: the last group may still grow.
  let open = false;
  if (input == null) return ["required", false];
  if (typeof input === "string") {
    const read = digitGroups(input, true);
    if (typeof read === "string") return [read, false];
    const [groups] = read;
    open = read[1];
    if (!groups[0]) return ["required", true];
    // One group is `M`, `MM`, `MMY` to `MMYYYY` (longer leaves more than four digits of year), or
    // (finished) `YYYY` of `YYYY-MM` being typed: read as two groups, the second empty.
    const cut = groups[0].length === 4 && !open ? 4 : 2;
    const [a, b] = groups.length > 1 ? groups : [groups[0].slice(0, cut), groups[0].slice(cut)];
    const date = groups.length > 2 ? null : monthYear(a as string, b as string);
    if (!date) return ["invalid_format", false];
    [month, year, yearFirst] = date;
  } else if (typeof input === "object" && !Array.isArray(input)) {
    try {
      month = part((input as Fields).month);
      year = part((input as Fields).year);
    } catch {
      return ["invalid_type", false]; // a wrong type, or a getter or proxy that throws
    }
    if (month === null || year === null) return ["invalid_characters", false];
    if (month === "") return [year ? "invalid_month" : "required", false];
    if (year.length !== 2 && year.length !== 4) return ["invalid_year", false];
  } else return ["invalid_type", false];

  // The month: 1-12, or still partial: none yet ("" of `YYYY-`) or a lone "0" being typed.
  const mv = Number(month);
  if (
    month.length > 2 ||
    mv > 12 ||
    (month && !mv && !(month === "0" && open && (yearFirst || !year)))
  ) {
    return ["invalid_month", false];
  }
  // No year yet (`MM/`): potentially valid whatever the date.
  if (year === "") return ["invalid_format", true];

  let at = typeof now === "function" ? now() : now;
  // An absent or invalid `now` falls back to the one clock read.
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) at = new Date();
  // The time in UTC-12 (12 hours behind), the last time zone on Earth where a month ends.
  const shifted = new Date(at.getTime() - 12 * 60 * 60 * 1000);
  const nowYear = shifted.getUTCFullYear();
  // The first year the month (any month, while it is partial) is still valid in.
  const firstYear = mv && mv <= shifted.getUTCMonth() ? nowYear + 1 : nowYear;
  // Why no year the digits can still become can be valid (null when one can), read as the last
  // two digits of a year in the century of now, or as the first digits of a four-digit year:
  // "2" is 2020-2029 read on two digits, 2000-2999 on four.
  const reach = (width: number): IssueCode | null => {
    const size = 10 ** (width - year.length);
    const lo = (width < 4 ? nowYear - (nowYear % 100) : 0) + Number(year) * size;
    return lo + size <= firstYear ? "expired" : lo > nowYear + max ? "too_far_ahead" : null;
  };
  // One or two digits are a year in the century of now, more the year itself.
  const why = reach(year.length < 3 ? 2 : 4);
  // Digits still being typed (and a lone digit) may also become a four-digit year: "12/20" may
  // become "12/2026".
  const potentially = !why || ((open || year.length < 2) && !reach(4));
  // A partial year or month is potentially valid while some way to finish it can be valid.
  if (!mv || year.length % 2) return [potentially ? "invalid_format" : why, potentially];
  return [why, potentially, mv, (year.length < 3 ? nowYear - (nowYear % 100) : 0) + Number(year)];
}

/**
 * Validates a card's expiry date. The card is valid through the last day of its month and is
 * reported `expired` only once that month has ended in UTC-12, where months end last: the issuer,
 * not the browser's time zone, decides. Two-digit years are read in the century of `now`
 * (`"03/26"` is March 2026 for any `now` in 2000-2099). Accepts `MM/YY`, `MM / YY`, `M/YY`,
 * `MM/YYYY`, `MMYY`, `MMYYYY`, `MM-YY`, `YYYY-MM` (autofill) and `{ month, year }` (numbers or
 * strings). Partial text such as `"1"`, `"12/"` or `"12/2"` is potentially valid. Never throws
 * for any input; options that cannot be used throw a `CardwardError` (`invalid_option`).
 *
 * @example
 * const result = validateExpiry("03/30", { now: new Date("2026-03-31T12:00:00Z") });
 * result.isValid; // true
 * [result.month, result.year]; // [3, 2030]
 */
export function validateExpiry(given: unknown, givenOptions?: ExpiryOptions): ExpiryResult {
  // Read at the boundary: own properties only, checked options, an input that cannot throw.
  const options = readExpiryOptions(givenOptions);
  const input = readExpiryInput(given);
  const max = options.maxYearsAhead ?? DEFAULT_MAX_YEARS_AHEAD;
  const [code, isPotentiallyValid, month = null, year = null] = check(input, options.now, max);
  return {
    isValid: !code,
    isPotentiallyValid,
    // The reach is part of every issue's parameters (only too_far_ahead's message uses it).
    issues: issuesOf(code, { field: "expiry", maxYearsAhead: max }, options.locale),
    month,
    year,
  };
}
