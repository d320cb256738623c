import { issuesOf } from "../locale/issue";
import type { Locale } from "../locale/types";
import type { IssueCode, ValidationResult } from "../types";

/**
 * What a free-text field's characters say, from {@link validateTextField}'s `scan` of the
 * trimmed text: whether every character is allowed, its length, and whether it has the content
 * the field needs (a letter, a letter or digit).
 */
export type TextScan = [allowed: boolean, length: number, content: boolean];

/**
 * The checks the cardholder name and the postal code share, in order: `required` for null or
 * undefined, `invalid_type` for anything but a string, `too_long` past `cap` (before any regular
 * expression runs), `invalid_characters` when `raw` matches the untrimmed text, `required`
 * (potentially valid) once trimmed empty, then from `scan` of the trimmed text:
 * `invalid_characters`, `too_long` past `max`, `invalid_format` without content, and `too_short`
 * (potentially valid) under `min`. Length issues carry the length they break as `expected`.
 */
export function validateTextField(
  input: unknown,
  field: "name" | "postalCode",
  [min, max, cap]: [min: number, max: number, cap: number],
  raw: RegExp | null,
  scan: (text: string) => TextScan,
  locale: Locale | undefined,
): ValidationResult {
  const done = (code: IssueCode | null, isPotentiallyValid: boolean): ValidationResult => ({
    isValid: !code,
    isPotentiallyValid,
    issues: issuesOf(
      code,
      code === "too_short" || code === "too_long"
        ? { field, expected: [code === "too_short" ? min : max] }
        : { field },
      locale,
    ),
  });

  if (input == null) return done("required", false);
  if (typeof input !== "string") return done("invalid_type", false);
  if (input.length > cap) return done("too_long", false);
  if (raw?.test(input)) return done("invalid_characters", false);
  const text = input.trim();
  if (text === "") return done("required", true);
  const [allowed, length, content] = scan(text);
  if (!allowed) return done("invalid_characters", false);
  if (length > max) return done("too_long", false);
  if (!content) return done("invalid_format", false);
  if (length < min) return done("too_short", true);
  return done(null, true);
}
