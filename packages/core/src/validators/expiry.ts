import { issuesOf } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
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

/** Longer text than this is not an expiry date (checked before anything is scanned). */
const MAX_EXPIRY_LENGTH = 32;
/** UTC-12, the last time zone on Earth where a month ends. */
const UTC_MINUS_12 = 12 * 60 * 60 * 1000;

/** What separates a date's parts: the number's separators (`\s` but U+FEFF, dashes) and slashes. */
const DATE_SEPARATOR = /[^\S\ufeff]|[-\u2010-\u2014\u2212/\u2215\uff0f]/;

/**
 * Splits text into runs of digits (any Unicode decimal digit, as ASCII) and whether the text ends
 * inside a run (still typing it). In `strict` mode a character that is neither a digit nor a date
 * separator makes it `invalid_characters`; otherwise every other character separates.
 */
export function digitGroups(text: string, strict?: boolean): [string[], boolean] | IssueCode {
  if (text.length > MAX_EXPIRY_LENGTH) return "invalid_format";
  const groups: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; ) {
    const { digit, width } = digitAt(text, i);
    const char = text[i] as string;
    if (digit >= 0) {
      if (open) groups[groups.length - 1] += String(digit);
      else groups.push(String(digit));
    } else if (strict && !DATE_SEPARATOR.test(char)) {
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

/** The digits of one part of `{ month, year }`: "" when absent, null when unreadable, undefined for a wrong type. */
function part(value: unknown): string | null | undefined {
  if (value == null) return "";
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < 1e4
      ? String(value).padStart(2, "0")
      : null;
  }
  if (typeof value !== "string") return undefined;
  const read = digitGroups(value, true);
  return typeof read === "string" || read[0].length > 1 ? null : (read[0][0] ?? "");
}

/** An issue (or null), whether the value may still become valid, and the date once complete. */
type Verdict = [code: IssueCode | null, potentially: boolean, month?: number, year?: number];

/** The verdict on an expiry; reads the clock only once the month is known to be possible. */
function check(input: unknown, options: ExpiryOptions, max: number): Verdict {
  let date: [month: string, year: string, yearFirst: boolean] | null;
  // Whether the text ends in a digit: the last group may still grow.
  let open = false;
  if (input == null) return ["required", false];
  if (typeof input === "string") {
    const read = digitGroups(input, true);
    if (typeof read === "string") return [read, false];
    const [groups, typing] = read;
    open = typing;
    if (!groups[0]) return ["required", true];
    // One group is `M`, `MM`, `MMY` to `MMYYYY` (longer leaves more than four digits of year), or
    // (finished) `YYYY` of `YYYY-MM` being typed: read as two groups, the second empty.
    const [a, b] =
      groups.length > 1
        ? groups
        : groups[0].length === 4 && !open
          ? [groups[0], ""]
          : [groups[0].slice(0, 2), groups[0].slice(2)];
    date = groups.length > 2 ? null : monthYear(a as string, b as string);
    if (!date) return ["invalid_format", false];
  } else if (typeof input === "object" && !Array.isArray(input)) {
    let m: string | null | undefined;
    let y: string | null | undefined;
    try {
      const fields = input as { month?: unknown; year?: unknown };
      m = part(fields.month);
      y = part(fields.year);
    } catch {
      return ["invalid_type", false]; // a getter or proxy that throws
    }
    if (m === undefined || y === undefined) return ["invalid_type", false];
    if (m === null || y === null) return ["invalid_characters", false];
    if (m === "" && y === "") return ["required", false];
    if (m === "") return ["invalid_month", false];
    if (y.length !== 2 && y.length !== 4) return ["invalid_year", false];
    date = [m, y, false];
  } else return ["invalid_type", false];
  const [month, year, yearFirst] = date;

  // The month: 1-12, or still partial: none yet ("" of `YYYY-`) or a lone "0" being typed.
  const mv = Number(month);
  if (
    month.length > 2 ||
    mv > 12 ||
    (month && !mv && !(month === "0" && open && (yearFirst || !year)))
  ) {
    return ["invalid_month", false];
  }

  const now = options.now;
  let at = typeof now === "function" ? now() : now;
  // An absent or invalid `now` falls back to the one clock read.
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) at = new Date();
  const shifted = new Date(at.getTime() - UTC_MINUS_12);
  const nowYear = shifted.getUTCFullYear();
  // The first year the month (any month, while it is partial) is still valid in.
  const firstYear = mv && mv <= shifted.getUTCMonth() ? nowYear + 1 : nowYear;
  // Why no year in lo-hi can be valid, or null when one can.
  const reach = (lo: number, hi: number): IssueCode | null =>
    hi < firstYear ? "expired" : lo > nowYear + max ? "too_far_ahead" : null;

  if (year === "") return ["invalid_format", true];
  // Whether some four-digit year starting with the year's digits can be valid.
  const scale4 = 10 ** (4 - year.length);
  const asPrefix = !reach(+year * scale4, +year * scale4 + scale4 - 1);
  // The years the digits may stand for: two-digit years in the century of now; a partial year
  // ("12/2" may become 12/2x, "12/202" 12/202x) covers ten.
  const scale = year.length % 2 ? 10 : 1;
  const lo = (year.length < 3 ? nowYear - (nowYear % 100) : 0) + Number(year) * scale;
  const why = reach(lo, lo + scale - 1);
  // A partial year or month is potentially valid while some way to finish it can be valid (a
  // partial month comes with a four-digit year, for which `asPrefix` is `!why`).
  if (scale > 1 || !mv) return why && !asPrefix ? [why, false] : ["invalid_format", true];
  // A two-digit year still being typed may become a four-digit one ("12/20" -> "12/2026").
  return [why, !why || (open && year.length === 2 && asPrefix), mv, lo];
}

/**
 * Validates a card's expiry date. The card is valid through the last day of its month and is
 * reported `expired` only once that month has ended in UTC-12, where months end last: the issuer,
 * not the browser's time zone, decides. Two-digit years are read in the century of `now`
 * (`"03/26"` is March 2026 for any `now` in 2000-2099). Accepts `MM/YY`, `MM / YY`, `M/YY`,
 * `MM/YYYY`, `MMYY`, `MMYYYY`, `MM-YY`, `YYYY-MM` (autofill) and `{ month, year }` (numbers or
 * strings). Partial text such as `"1"`, `"12/"` or `"12/2"` is potentially valid. Never throws.
 *
 * @example
 * const result = validateExpiry("03/30", { now: new Date("2026-03-31T12:00:00Z") });
 * result.isValid; // true
 * [result.month, result.year]; // [3, 2030]
 */
export function validateExpiry(input: unknown, options: ExpiryOptions = {}): ExpiryResult {
  const max = options.maxYearsAhead ?? DEFAULT_MAX_YEARS_AHEAD;
  const [code, isPotentiallyValid, month = null, year = null] = check(input, options, max);
  return {
    isValid: !code,
    isPotentiallyValid,
    issues: issuesOf(
      code,
      code === "too_far_ahead" ? { field: "expiry", maxYearsAhead: max } : { field: "expiry" },
      options.locale,
    ),
    month,
    year,
  };
}
