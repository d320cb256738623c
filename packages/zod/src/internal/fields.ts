import {
  type CvcOptions,
  type ExpiryOptions,
  type NameOptions,
  type NumberOptions,
  type PostalCodeOptions,
  Sensitive,
  type ValidationResult,
  validateCardholderName,
  validateCvc,
  validateExpiry,
  validateNumber,
  validatePostalCode,
} from "@cardward/core";
import { scanDigits } from "@cardward/core/internal";
import { type $ZodRawIssue, NEVER } from "zod/v4/core";
import { rememberFailedInput } from "./failed-inputs";
import { toZodIssues } from "./issues";
import { readCvc, readExpiry, readPrimitive } from "./safe-input";

/** What a transform may push issues into (zod's payload). */
export type Payload = { issues: $ZodRawIssue[] };

/** A parsed expiry: the month (1-12) and the four-digit year. */
export type Expiry = { readonly month: number; readonly year: number };

/** Adds a failed field's issues to zod's payload and remembers its input for `card()`. */
function fail(payload: Payload, result: ValidationResult, input: unknown): never {
  const issues = toZodIssues(result.issues);
  rememberFailedInput(issues, input);
  payload.issues.push(...issues);
  return NEVER;
}

const asciiDigits = (text: string | number): string => scanDigits(String(text)).digits;

/** The number's ASCII digits, or its issues. */
export const numberTransform =
  (options: NumberOptions) =>
  (value: unknown, payload: Payload): string => {
    const input = readPrimitive(value);
    const result = validateNumber(input, options);
    if (result.isValid && (typeof input === "string" || typeof input === "number")) {
      return asciiDigits(input);
    }
    return fail(payload, result, input);
  };

/** `{ month, year }`, or the expiry's issues. */
export const expiryTransform =
  (options: ExpiryOptions) =>
  (value: unknown, payload: Payload): Expiry => {
    const input = readExpiry(value);
    const result = validateExpiry(input, options);
    const { month, year } = result;
    if (result.isValid && month !== null && year !== null) return { month, year };
    return fail(payload, result, input);
  };

/**
 * The code's ASCII digits in a `Sensitive` (the caller's own, when it already held exactly
 * those), or its issues.
 */
export const cvcTransform =
  (options: CvcOptions) =>
  (value: unknown, payload: Payload): Sensitive<string> => {
    const { input, holder } = readCvc(value);
    const result = validateCvc(input, options);
    if (!result.isValid || typeof input !== "string") return fail(payload, result, input);
    const digits = asciiDigits(input);
    return holder && input === digits ? holder : new Sensitive(digits);
  };

const trimmed =
  (validate: (value: unknown) => ValidationResult) =>
  (value: unknown, payload: Payload): string => {
    const input = readPrimitive(value);
    const result = validate(input);
    if (result.isValid && typeof input === "string") return input.trim();
    return fail(payload, result, input);
  };

/** The trimmed cardholder name, or its issues. */
export const nameTransform = (options: NameOptions) =>
  trimmed((value) => validateCardholderName(value, options));

/** The trimmed postal code, or its issues. */
export const postalCodeTransform = (options: PostalCodeOptions) =>
  trimmed((value) => validatePostalCode(value, options));
