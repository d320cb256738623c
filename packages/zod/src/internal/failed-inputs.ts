import type { $ZodRawIssue } from "zod/v4/core";

/**
 * The input of a field that failed, keyed by the `params` object of each issue it raised (each
 * issue has its own). zod moves a field's issues into the enclosing object's payload, copying
 * the issue objects on some versions but never their `params`, so `card()`'s check finds each
 * failed field's input through its issues, and core's `validateCard` can judge the whole card
 * again. The inputs never enter an issue: no serialization of an error can reach them.
 */
const inputs = new WeakMap<object, unknown>();

/** Remembers `input` as the value that raised `issues`. */
export function rememberFailedInput(issues: readonly $ZodRawIssue[], input: unknown): void {
  for (const { params } of issues) if (params) inputs.set(params, input);
}

/** Whether `issue` was raised by a field that failed (see {@link rememberFailedInput}). */
export function hasFailedInput(issue: $ZodRawIssue): boolean {
  const { params } = issue;
  return typeof params === "object" && params !== null && inputs.has(params);
}

/** The input of the field that raised `issue`. */
export function failedInput(issue: $ZodRawIssue): unknown {
  const { params } = issue;
  return typeof params === "object" && params !== null ? inputs.get(params) : undefined;
}
