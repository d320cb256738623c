import { issuesOf } from "../locale/issue";
import type { Locale } from "../locale/types";
import type { IssueCode, ValidationResult } from "../types";

/**
 * What a free-text field's characters say, from {@link TextFieldRules.scan} of the trimmed text.
 */
export interface TextScan {
  /** Every character is allowed in the field. */
  readonly allowed: boolean;
  /** The text's length as the field counts it (code points for a name, UTF-16 units else). */
  readonly length: number;
  /** The text has the content the field needs (a letter; a letter or a digit). */
  readonly content: boolean;
}

/** How {@link validateTextField} checks one free-text field. */
export interface TextFieldRules {
  /** The field the issues are about. */
  readonly field: "name" | "postalCode";
  /** Fewest characters (after trimming); shorter is `too_short`, potentially valid. */
  readonly minLength: number;
  /** Most characters (after trimming); longer is `too_long`. */
  readonly maxLength: number;
  /** Longest raw input read at all: longer is `too_long` before any regular expression runs. */
  readonly cap: number;
  /** Characters not allowed anywhere in the untrimmed text (trimming would hide them), or null. */
  readonly forbidden: RegExp | null;
  /** Reads the trimmed text. */
  readonly scan: (text: string) => TextScan;
  /** The messages' locale. */
  readonly locale: Locale | undefined;
}

/**
 * The checks the cardholder name and the postal code share, in order: `required` for null or
 * undefined, `invalid_type` for anything but a string, `too_long` past `cap` (before any regular
 * expression runs), `invalid_characters` when `forbidden` matches the untrimmed text, `required`
 * (potentially valid) once trimmed empty, then from `scan` of the trimmed text:
 * `invalid_characters`, `too_long` past `maxLength`, `invalid_format` without content, and
 * `too_short` (potentially valid) under `minLength`. Length issues carry the length they break as
 * `expected`.
 */
export function validateTextField(input: unknown, rules: TextFieldRules): ValidationResult {
  const { field, minLength, maxLength } = rules;
  const done = (code: IssueCode | null, isPotentiallyValid: boolean): ValidationResult => ({
    isValid: !code,
    isPotentiallyValid,
    issues: issuesOf(
      code,
      code === "too_short" || code === "too_long"
        ? { field, expected: [code === "too_short" ? minLength : maxLength] }
        : { field },
      rules.locale,
    ),
  });

  if (input == null) return done("required", false);
  if (typeof input !== "string") return done("invalid_type", false);
  if (input.length > rules.cap) return done("too_long", false);
  if (rules.forbidden?.test(input)) return done("invalid_characters", false);
  const text = input.trim();
  if (text === "") return done("required", true);
  const { allowed, length, content } = rules.scan(text);
  if (!allowed) return done("invalid_characters", false);
  if (length > maxLength) return done("too_long", false);
  if (!content) return done("invalid_format", false);
  if (length < minLength) return done("too_short", true);
  return done(null, true);
}
