import type { Issue } from "@cardward/core";
import type { FieldEditResult } from "./edit-field";
import type { FieldSnapshot } from "./types";

/** Whether every property of `a` is the same (`===`) in `b`. */
export function same<T extends object>(a: T, b: T): boolean {
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Whether two issue lists say the same: same codes and parameters (so the same messages in one
 * locale). Messages are not read: core writes them only when read.
 */
const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a.length === b.length &&
  a.every((issue, i) => issue.code === b[i]?.code && same(issue.params, b[i].params));

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
  return previous && same(next, previous) ? previous : next;
}
