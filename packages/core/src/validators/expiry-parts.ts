import { issuesOf } from "../locale/issue";
import type { Locale } from "../locale/types";
import type { CheckedExpiryOptions } from "../options/read-options";
import type { IssueCode, ValidationResult } from "../types";
import { validateReadExpiry } from "./expiry";

/** The validation of one part of a split expiry (a month input, a year input). */
export interface ExpiryPartResult extends ValidationResult {
  /**
   * The month (1-12) once valid, or the four-digit year once it has two or four digits (even when
   * expired, as `validateExpiry` gives it); else null.
   */
  readonly value: number | null;
}

/** The months of a year. */
const MONTHS = 12;
/** December: a year has not ended before its last month has. */
const LAST_MONTH = "12";

/** A part's verdict: its issue (or none), whether it may become valid, and its value. */
function partResult(
  code: IssueCode | null,
  isPotentiallyValid: boolean,
  value: number | null,
  locale: Locale | undefined,
): ExpiryPartResult {
  return {
    isValid: code === null,
    isPotentiallyValid,
    issues: issuesOf(code, { field: "expiry" }, locale),
    value: code === null ? value : null,
  };
}

/**
 * Validates the digits of a month input: `1`-`12` (one digit or two) is valid; `""` is required
 * and `0` invalid, both while more may be typed.
 */
export function validateExpiryMonth(digits: string, locale: Locale | undefined): ExpiryPartResult {
  const value = Number(digits);
  if (digits === "") return partResult("required", true, null, locale);
  if (digits === "0") return partResult("invalid_month", true, null, locale);
  const isMonth = /^[0-9]{1,2}$/.test(digits) && value >= 1 && value <= MONTHS;
  return partResult(isMonth ? null : "invalid_month", isMonth, value, locale);
}

/**
 * Validates the digits of a year input (two digits in the century of `now`, or four): as
 * `validateExpiry` judges December of that year, so a year is expired only once it has ended, and
 * `too_far_ahead` past `maxYearsAhead`. The options are read already (`readExpiryOptions`).
 */
export function validateExpiryYear(
  digits: string,
  options: CheckedExpiryOptions,
): ExpiryPartResult {
  if (digits === "") return partResult("required", true, null, options.locale);
  const result = validateReadExpiry(`${LAST_MONTH}/${digits}`, options);
  return {
    isValid: result.isValid,
    isPotentiallyValid: result.isPotentiallyValid,
    issues: result.issues,
    value: result.year,
  };
}
