import type { Issue, ValidationResult } from "@cardward/core";
import type { FieldSnapshot } from "./types";

/** What the controller knows about a field, besides its value. */
export interface FieldFacts {
  readonly status: ValidationResult;
  readonly complete: boolean;
  readonly empty: boolean;
  readonly focused: boolean;
  readonly touched: boolean;
}

const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a.length === b.length && a.every((issue, i) => issue.message === b[i]?.message);

/**
 * A field's snapshot, or `previous` itself when nothing in it changed, so subscribers can compare
 * by reference. The error shows once the field is touched or can no longer become valid.
 */
export function fieldSnapshot(facts: FieldFacts, previous?: FieldSnapshot): FieldSnapshot {
  const { status, complete, empty, focused, touched } = facts;
  const shown = !status.isValid && (touched || !status.isPotentiallyValid);
  const error = shown ? (status.issues[0] ?? null) : null;
  if (
    previous &&
    previous.isValid === status.isValid &&
    previous.isPotentiallyValid === status.isPotentiallyValid &&
    previous.complete === complete &&
    previous.empty === empty &&
    previous.focused === focused &&
    previous.touched === touched &&
    previous.error?.message === error?.message &&
    sameIssues(previous.issues, status.issues)
  ) {
    return previous;
  }
  const { isValid, isPotentiallyValid, issues } = status;
  return { isValid, isPotentiallyValid, issues, complete, empty, focused, touched, error };
}
