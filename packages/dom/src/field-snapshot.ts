import type { Issue, IssueParams } from "@cardward/core";
import type { FieldEditResult } from "./edit-field";
import type { FieldSnapshot } from "./types";

/** Whether two issues' parameters are the same (so their messages are, in one locale). */
const sameParams = (a: IssueParams, b: IssueParams): boolean =>
  a.field === b.field &&
  a.brand === b.brand &&
  a.codeName === b.codeName &&
  a.expected === b.expected &&
  a.maxYearsAhead === b.maxYearsAhead;

/**
 * Whether two issue lists say the same: same codes and parameters (so the same messages in one
 * locale). Messages are not compared. Every property is named: a keystroke runs this, and a
 * generic loop over keys of differently shaped objects measured several times slower in V8.
 */
const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((issue, i) => {
      const other = b[i] as Issue;
      return issue.code === other.code && sameParams(issue.params, other.params);
    }));

/**
 * A field's snapshot from its last edit's result, or `previous` itself when nothing in it changed,
 * so subscribers can compare by reference (issues that say the same keep the previous array; drop
 * `previous` when the locale changes).
 * The error shows once the field is touched or can no longer become valid.
 */
export function fieldSnapshot(
  { status, complete, value }: FieldEditResult,
  focused: boolean,
  touched: boolean,
  previous: FieldSnapshot | undefined,
): FieldSnapshot {
  const { isValid, isPotentiallyValid } = status;
  const issues =
    previous && sameIssues(previous.issues, status.issues) ? previous.issues : status.issues;
  const error = !isValid && (touched || !isPotentiallyValid) ? (issues[0] ?? null) : null;
  const next = {
    isValid,
    isPotentiallyValid,
    issues,
    complete,
    empty: !value,
    focused,
    touched,
    error,
  };
  // Snapshots all have one shape, so this loop stays fast (issues' parameters, of many shapes, are
  // compared by name above).
  for (const key in next) {
    if (next[key as keyof FieldSnapshot] !== previous?.[key as keyof FieldSnapshot]) return next;
  }
  return previous as FieldSnapshot;
}
