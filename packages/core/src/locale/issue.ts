import { en } from "../locales/en";
import type { Issue, IssueCode, IssueParams, ValidationResult } from "../types";
import type { Locale, MessageFormatter } from "./types";

// The last message written and what it was written from: while a person types, a field asks for
// the same message (`too_short` for a Visa) on every keystroke.
let lastFormat: MessageFormatter | undefined;
let lastParams: IssueParams = {};
let lastMessage = "";

/**
 * Builds an issue with its message in `locale` (English by default). The message is a plain
 * property (an object literal with a lazy getter measured ten times slower to create in V8); the
 * last one is reused when the formatter and every parameter are the same.
 */
export function createIssue(code: IssueCode, params: IssueParams, locale: Locale = en): Issue {
  const format = locale.messages[code];
  const p = lastParams;
  const message =
    lastFormat === format &&
    p.field === params.field &&
    p.brand === params.brand &&
    p.codeName === params.codeName &&
    p.expected === params.expected &&
    p.maxYearsAhead === params.maxYearsAhead
      ? lastMessage
      : format(params);
  lastFormat = format;
  lastParams = params;
  lastMessage = message;
  return { code, message, params };
}

/** The frozen empty list every valid result shares (as its issues, or a result's brands). */
export const NO_ISSUES: readonly never[] = Object.freeze([]);

/** No issue when `code` is null, else one built from `params` in `locale`. */
export function issuesOf(
  code: IssueCode | null,
  params: IssueParams,
  locale?: Locale,
): readonly Issue[] {
  return code ? [createIssue(code, params, locale)] : NO_ISSUES;
}

/** A validator's result: valid when `code` is null, else not valid with one issue. */
export function verdict(
  code: IssueCode | null,
  isPotentiallyValid: boolean,
  params: IssueParams,
  locale?: Locale,
): ValidationResult {
  return { isValid: !code, isPotentiallyValid, issues: issuesOf(code, params, locale) };
}
