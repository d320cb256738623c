import type { Issue } from "@cardward/core";
import type { FieldEditResult } from "./edit-field";
import type { FieldSnapshot } from "./types";

/**
 * Whether two issue lists say the same: the same codes with the same messages (a keystroke runs
 * this, and comparing two short strings is cheaper than comparing parameters of many shapes).
 */
const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((issue, i) => issue.code === b[i]?.code && issue.message === b[i]?.message));

/**
 * The issue shown to the person now: the first one, once the field is touched or can no longer
 * become valid; else null.
 */
export function shownIssue<I extends Issue>(
  issues: readonly I[],
  { isValid, isPotentiallyValid }: { isValid: boolean; isPotentiallyValid: boolean },
  touched: boolean,
): I | null {
  return !isValid && (touched || !isPotentiallyValid) ? (issues[0] ?? null) : null;
}

/**
 * A field's snapshot from its last edit's result, or `previous` itself when nothing in it changed,
 * so subscribers can compare by reference (issues that say the same keep the previous array; a
 * new locale's messages differ, so its issues replace them).
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
  const error = shownIssue(issues, status, touched);
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
  // Snapshots all have one shape, so this loop stays fast.
  for (const key in next) {
    if (next[key as keyof FieldSnapshot] !== previous?.[key as keyof FieldSnapshot]) return next;
  }
  return previous as FieldSnapshot;
}
