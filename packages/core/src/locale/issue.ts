import { en } from "../locales/en";
import { localeOption } from "../options/check-option";
import { invalidOption, ownOptions } from "../options/own-options";
import type { Issue, IssueCode, IssueParams } from "../types";
import { ISSUE_CODES } from "../types";
import type { Locale } from "./types";

/**
 * An issue with its message in `locale`. The params are copied into an object without a
 * prototype, so a formatter reading an absent param (`brand`) never finds one a polluted
 * `Object.prototype` holds. The message is a plain property: an object literal with a lazy
 * getter measured ten times slower to create in V8.
 */
function buildIssue(code: IssueCode, params: IssueParams, locale: Locale): Issue {
  const own = ownOptions(params, "params");
  return { code, message: locale.messages[code](own), params: own };
}

/**
 * Builds an issue with its message in `locale` (English by default). Throws a `CardwardError`
 * (`invalid_option`) for a code that is not an issue code, params that cannot be read or a
 * locale that is not one.
 *
 * @example
 * createIssue("too_short", { field: "number", expected: [16] }).message;
 * // "The card number is too short: it needs 16 digits."
 */
export function createIssue(code: IssueCode, params: IssueParams, locale?: Locale): Issue {
  if (!ISSUE_CODES.includes(code)) throw invalidOption("code", "an issue code");
  return buildIssue(code, params, localeOption(locale) ?? en);
}

/** The frozen empty list every valid result shares (as its issues, or a result's brands). */
export const NO_ISSUES: readonly never[] = Object.freeze([]);

/**
 * No issue when `code` is null, else one built from `params` in `locale` (already checked by the
 * validator's option reader).
 */
export function issuesOf(
  code: IssueCode | null,
  params: IssueParams,
  locale: Locale = en,
): readonly Issue[] {
  return code ? [buildIssue(code, params, locale)] : NO_ISSUES;
}
