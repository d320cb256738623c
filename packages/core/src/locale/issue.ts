import { en } from "../locales/en";
import type { Issue, IssueCode, IssueParams } from "../types";
import type { Locale } from "./types";

/**
 * Builds an issue with its message in `locale` (English by default). The message is written only
 * when it is read (most keystrokes never read it); it is an own enumerable getter, so
 * `JSON.stringify`, spread and `structuredClone` still carry it.
 */
export function createIssue(code: IssueCode, params: IssueParams, locale: Locale = en): Issue {
  return {
    code,
    get message() {
      return locale.messages[code](params);
    },
    params,
  };
}
