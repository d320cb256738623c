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
 * Splits text into runs of digits (any Unicode decimal digit, as ASCII); `open` says the text
 * ends inside a run (still typing it). In `strict` mode a character that is neither a digit nor
 * a date separator makes it `invalid_characters`; otherwise every other character separates.
 */
export function digitGroups(
  text: string,
  strict?: boolean,
): { groups: string[]; open: boolean } | IssueCode {
  if (text.length > MAX_EXPIRY_LENGTH) return "invalid_format";
  const groups: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; ) {
    const { digit, width } = digitAt(text, i);
    const char = text[i] as string;
    if (digit >= 0) {
      if (open) groups[groups.length - 1] += String(digit);
      else groups.push(String(digit));
    } else if (strict && char !== " " && char !== "/" && !DATE_SEPARATOR.test(char)) {
      return "invalid_characters";
    }
    open = digit >= 0;
    i += width;
  }
  return { groups, open };
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
  return typeof read === "string" || read.groups.length > 1 ? null : (read.groups[0] ?? "");
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
  const fail = (code: IssueCode, isPotentiallyValid: boolean, date?: [number, number]) =>
    result(options, isPotentiallyValid, code, date);

  let month: string;
  let year: string;
  let monthDone = true;
  let yearFirst = false;
  // Still typing a two-digit year that may become a four-digit one ("12/20" -> "12/2026").
  let typingYear = false;
  if (input == null) return fail("required", false);
  if (typeof input === "string") {
    const read = digitGroups(input, true);
    if (typeof read === "string") return fail(read, false);
    const { groups, open } = read;
    const [a = "", b] = groups;
    if (groups.length === 0) return fail("required", true);
    if (groups.length > 2) return fail("invalid_format", false);
    if (b !== undefined && a.length <= 2 && b.length <= 4) [month, year] = [a, b];
    else if (b !== undefined && a.length === 4 && b.length <= 2) {
      [year, month, yearFirst, monthDone] = [a, b, true, !open || b.length === 2];
    } else if (b !== undefined) return fail("invalid_format", false);
    else if (a.length <= 2) [month, year, monthDone] = [a, "", !open || a.length === 2];
    else if (a.length === 4 && !open) [year, month, yearFirst, monthDone] = [a, "", true, false];
    else if (a.length <= 6) [month, year] = [a.slice(0, 2), a.slice(2)];
    else return fail("invalid_format", false);
    typingYear = open && !yearFirst && year.length === 2;
  } else if (typeof input === "object" && !Array.isArray(input)) {
    let m: string | null | undefined;
    let y: string | null | undefined;
    try {
      const fields = input as { month?: unknown; year?: unknown };
      [m, y] = [part(fields.month), part(fields.year)];
    } catch {
      return fail("invalid_type", false); // a getter or proxy that throws
    }
    if (m === undefined || y === undefined) return fail("invalid_type", false);
    if (m === null || y === null) return fail("invalid_characters", false);
    if (m === "" && y === "") return fail("required", false);
    if (m === "") return fail("invalid_month", false);
    if (y.length !== 2 && y.length !== 4) return fail("invalid_year", false);
    [month, year] = [m, y];
  } else return fail("invalid_type", false);

  // The month: "" or a lone "0" still being typed is partial; otherwise it must be 1-12.
  const mv = Number(month);
  if (
    month.length > 2 ||
    mv > 12 ||
    (month !== "" && mv === 0 && (monthDone || month.length === 2))
  ) {
    return fail("invalid_month", false);
  }
  const partialMonth = month === "" || mv === 0;

  const now = options.now;
  let at = typeof now === "function" ? now() : now;
  // An absent or invalid `now` falls back to the one clock read.
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) at = new Date();
  const shifted = new Date(at.getTime() - UTC_MINUS_12);
  const nowYear = shifted.getUTCFullYear();
  const nowMonth = shifted.getUTCMonth() + 1;
  const lastYear = nowYear + (options.maxYearsAhead ?? DEFAULT_MAX_YEARS_AHEAD);
  const century = nowYear - (nowYear % 100);
  // The first year the month (any month, while it is partial) is still valid in.
  const firstYear = !partialMonth && mv < nowMonth ? nowYear + 1 : nowYear;
  // Why no year in lo-hi can be valid, or null when one can.
  const reach = (lo: number, hi: number): IssueCode | null =>
    hi < firstYear ? "expired" : lo > lastYear ? "too_far_ahead" : null;
  // Whether some four-digit year starting with `digits` can be valid.
  const asPrefix = (digits: string): boolean => {
    const scale = 10 ** (4 - digits.length);
    return reach(Number(digits) * scale, Number(digits) * scale + scale - 1) === null;
  };

  if (year === "") return fail("invalid_format", true);
  if (year.length === 1 || year.length === 3) {
    // A partial year: "12/2" may become 12/2x or 12/2xxx.
    const lo = year.length === 1 ? century + Number(year) * 10 : Number(year) * 10;
    const why = reach(lo, lo + 9);
    return why && !asPrefix(year) ? fail(why, false) : fail("invalid_format", true);
  }
  const y = year.length === 2 ? century + Number(year) : Number(year);
  const why = reach(y, y);
  if (partialMonth) return why ? fail(why, false) : fail("invalid_format", true);
  if (why) return fail(why, typingYear && asPrefix(year), [mv, y]);
  return result(options, true, null, [mv, y]);
}

/** Builds a result; `date` is the month and year read, when complete. */
function result(
  options: ExpiryOptions,
  isPotentiallyValid: boolean,
  code: IssueCode | null,
  date?: [number, number],
): ExpiryResult {
  return {
    isValid: !code,
    isPotentiallyValid,
    issues: issuesOf(
      code,
      code === "too_far_ahead"
        ? { field: "expiry", maxYearsAhead: options.maxYearsAhead ?? DEFAULT_MAX_YEARS_AHEAD }
        : { field: "expiry" },
      options.locale,
    ),
    month: date ? date[0] : null,
    year: date ? date[1] : null,
  };
}
