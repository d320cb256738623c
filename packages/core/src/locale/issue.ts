import { en } from "../locales/en";
import type { Issue, IssueCode, IssueParams } from "../types";
import type { Locale } from "./types";

/** Builds an issue with its message in `locale` (English by default). */
export function createIssue(code: IssueCode, params: IssueParams, locale: Locale = en): Issue {
  return { code, message: locale.messages[code](params), params };
}
