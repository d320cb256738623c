import { issuesOf } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import type { IssueCode, ValidationResult } from "../types";
import { type ExpiryOptions, validateExpiry } from "./expiry";

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
  options: LocaleOptions,
): ExpiryPartResult {
  return {
    isValid: code === null,
    isPotentiallyValid,
    issues: issuesOf(code, { field: "expiry" }, options.locale),
    value: code === null ? value : null,
  };
}

/**
 * Validates the digits of a month input: `1`-`12` (one digit or two) is valid; `""` is required
 * and `0` invalid, both while more may be typed.
 */
export function validateExpiryMonth(digits: string, options: LocaleOptions = {}): ExpiryPartResult {
  const value = Number(digits);
  if (digits === "") return partResult("required", true, null, options);
  if (digits === "0") return partResult("invalid_month", true, null, options);
  const isMonth = /^[0-9]{1,2}$/.test(digits) && value >= 1 && value <= MONTHS;
  return partResult(isMonth ? null : "invalid_month", isMonth, value, options);
}

/**
 * Validates the digits of a year input (two digits in the century of `now`, or four): as
 * `validateExpiry` judges December of that year, so a year is expired only once it has ended, and
 * `too_far_ahead` past `maxYearsAhead`.
 */
export function validateExpiryYear(digits: string, options: ExpiryOptions = {}): ExpiryPartResult {
  if (digits === "") return partResult("required", true, null, options);
  const result = validateExpiry(`${LAST_MONTH}/${digits}`, options);
  return {
    isValid: result.isValid,
    isPotentiallyValid: result.isPotentiallyValid,
    issues: result.issues,
    value: result.year,
  };
}
