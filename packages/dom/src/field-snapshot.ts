import type { Issue } from "@cardward/core";
import type { FieldEditResult } from "./edit-field";
import type { FieldSnapshot } from "./types";

/** Whether every property of `a` is the same (`===`) in `b`. */
export const same = (a: object, b: object): boolean =>
  Object.keys(a).every((key) => a[key as keyof object] === b[key as keyof object]);

const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a.length === b.length && a.every((issue, i) => issue.message === b[i]?.message);

/**
 * A field's snapshot from its last edit's result, or `previous` itself when nothing in it changed,
 * so subscribers can compare by reference (issues with the same messages keep the previous array).
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
