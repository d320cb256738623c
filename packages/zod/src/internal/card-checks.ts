import { type CardField, type CardInput, type CardOptions, validateCard } from "@cardward/core";
import { $ZodCheck, type $ZodRawIssue, config, type ParsePayload } from "zod/v4/core";
import { failedInput, hasFailedInput } from "./failed-inputs";
import { toZodIssues } from "./issues";

const FIELDS: readonly CardField[] = ["number", "expiry", "cvc", "name", "postalCode"];

const fieldOf = (issue: $ZodRawIssue): CardField | undefined =>
  FIELDS.find((field) => issue.path?.[0] === field);

/** A field's value for `validateCard`: its input if it failed, else its (equally valid) output. */
function fieldValue(card: object, issues: readonly $ZodRawIssue[], field: CardField): unknown {
  const failed = issues.find((issue) => fieldOf(issue) === field && hasFailedInput(issue));
  if (failed) return failedInput(failed);
  return Object.getOwnPropertyDescriptor(card, field)?.value;
}

/**
 * The cross-field rules of `card()`, delegated to core's `validateCard`: zod runs this check
 * whenever the value parsed as an object (field issues do not abort), and never when it did not.
 * Each field already validated itself (so a field of `.shape` works alone); here the whole card
 * is judged again and its issues replace the fields' own, in `validateCard`'s order.
 */
export const crossFieldCheck =
  (options: CardOptions) =>
  (payload: ParsePayload<object>): void => {
    const { issues, value } = payload;
    const card: { -readonly [F in keyof CardInput]-?: unknown } = {
      number: fieldValue(value, issues, "number"),
      expiry: fieldValue(value, issues, "expiry"),
      cvc: fieldValue(value, issues, "cvc"),
      name: fieldValue(value, issues, "name"),
      postalCode: fieldValue(value, issues, "postalCode"),
    };
    const verdict = validateCard(card, options).issues.flatMap((issue) =>
      toZodIssues([issue], issue.field),
    );
    // In place: zod holds this array.
    const others = issues.filter((issue) => fieldOf(issue) === undefined);
    issues.splice(0, issues.length, ...verdict, ...others);
  };

/** A value of the same type as `input` and nothing of it, for zod's message about the type. */
function sameType(input: unknown): unknown {
  switch (typeof input) {
    case "string":
      return "";
    case "number":
      return Number.isNaN(input) ? Number.NaN : 0;
    case "bigint":
      return 0n;
    case "boolean":
      return false;
    case "symbol":
      return Symbol();
    case "function":
      return () => undefined;
    default:
      return input === null || input === undefined ? input : {};
  }
}

/** Arrays are objects to `typeof`; a revoked proxy cannot even be asked. */
function sameTypeOrArray(input: unknown): unknown {
  try {
    return Array.isArray(input) ? [] : sameType(input);
  } catch {
    return {};
  }
}

/** The type's name as zod writes it: `array` and `null` apart from other objects. */
function typeName(sample: unknown): string {
  if (sample === null) return "null";
  return Array.isArray(sample) ? "array" : typeof sample;
}

/** zod's message in its configured locale, or zod's English one when no locale is loaded. */
function messageOf(issue: $ZodRawIssue, sample: unknown): string {
  const written = config().localeError?.(Object.assign({}, issue, { input: sample }));
  const message = typeof written === "string" ? written : written?.message;
  return message ?? `Invalid input: expected object, received ${typeName(sample)}`;
}

/**
 * zod's own issue about a value that is not an object (the one issue cardward does not write):
 * its message is written now from the input's type, in zod's configured locale, and the input is
 * dropped, so neither the message nor `reportInput` carries the value.
 */
function describeByType(payload: ParsePayload): void {
  const { issues } = payload;
  issues.forEach((issue, index) => {
    // cardward's own issues come with a message and without the input.
    if (issue.message !== undefined && issue.input === undefined) return;
    const message = issue.message ?? messageOf(issue, sameTypeOrArray(issue.input));
    issues[index] = Object.assign({}, issue, { input: undefined, message });
  });
}

/**
 * The check that runs even when the object did not parse (zod honours a check's `when` on every
 * zod 4 version; `superRefine`'s options only from 4.4): {@link describeByType}.
 */
export function describeByTypeCheck(): $ZodCheck<unknown> {
  const check: $ZodCheck<unknown> = new $ZodCheck({ check: "custom", when: () => true });
  check._zod.check = describeByType;
  return check;
}
