import type { CardField, Issue, IssueCode } from "@cardward/core";
import type { $ZodRawIssue } from "zod/v4/core";

/** The params of every issue cardward adds to a zod error. */
export interface CardwardIssueParams {
  /** Core's stable issue code, e.g. `"luhn"` or `"cvc_length"`. */
  readonly cardward: IssueCode;
}

/**
 * Core's issues as zod `custom` issues with the code in `params.cardward`.
 * They go straight into zod's payload with `input` undefined, so zod never copies the value into
 * them, not even with `reportInput`. They do not abort (`continue: true`): `card()`'s cross-field
 * check still runs after a field failed, as zod runs an object's checks whenever the object
 * itself parsed (on every zod 4 version, with no `when` needed).
 */
export function toZodIssues(issues: readonly Issue[], field?: CardField): $ZodRawIssue[] {
  return issues.map(({ code, message }) => ({
    code: "custom",
    message,
    params: { cardward: code } satisfies CardwardIssueParams,
    path: field ? [field] : [],
    input: undefined,
    continue: true,
  }));
}
