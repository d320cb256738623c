import {
  type Brand,
  type CardOptions,
  type CvcOptions,
  type ExpiryOptions,
  isSensitive,
  type NumberOptions,
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
import { addIssues, toZodIssues } from "./issues";

/** What a transform may push issues into (zod's payload). */
export type Payload = { issues: $ZodRawIssue[] };

/** A parsed expiry: the month (1-12) and the four-digit year. */
export type Expiry = { readonly month: number; readonly year: number };

/**
 * Stands in for a card number that failed, inside `card()`, so the cross-field check still knows
 * its brand. It never leaves a parse: a failed parse has no output.
 */
class FailedNumber {
  constructor(readonly brand: Brand | null) {}
}

const digits = (value: unknown): string =>
  scanDigits(typeof value === "string" ? value : String(value)).digits;

/** The number's digits, or its issues. */
export const numberTransform =
  (options: NumberOptions) =>
  (value: unknown, payload: Payload): string => {
    const result = validateNumber(value, options);
    if (result.isValid) return digits(value);
    addIssues(payload, result.issues);
    return new FailedNumber(result.brand) as unknown as string;
  };

/** `{ month, year }`, or the expiry's issues. */
export const expiryTransform =
  (options: ExpiryOptions) =>
  (value: unknown, payload: Payload): Expiry => {
    const { isValid, issues, month, year } = validateExpiry(value, options);
    if (isValid && month !== null && year !== null) return { month, year };
    addIssues(payload, issues);
    return NEVER;
  };

/**
 * The code's ASCII digits in a `Sensitive`, or its issues. A failed code is still wrapped (never
 * shown: the parse fails) so that `card()` can check it again against the number's brand.
 */
export const cvcTransform =
  (options: CvcOptions) =>
  (value: unknown, payload: Payload): Sensitive<string> => {
    const result = validateCvc(value, options);
    if (!result.isValid) addIssues(payload, result.issues);
    const text = isSensitive(value) ? value.tryReveal() : value;
    if (typeof text !== "string") return NEVER;
    const ascii = result.isValid ? digits(text) : text;
    return isSensitive(value) && text === ascii
      ? (value as Sensitive<string>)
      : new Sensitive(ascii);
  };

const trimmed =
  (validate: (value: unknown) => ValidationResult) =>
  (value: unknown, payload: Payload): string => {
    const result = validate(value);
    if (result.isValid && typeof value === "string") return value.trim();
    addIssues(payload, result.issues);
    return NEVER;
  };

/** The trimmed cardholder name, or its issues. */
export const nameTransform = (options: CardOptions) =>
  trimmed((value) =>
    validateCardholderName(value, {
      ...(options.locale && { locale: options.locale }),
      ...(options.maxNameLength !== undefined && { maxLength: options.maxNameLength }),
    }),
  );

/** The trimmed postal code, or its issues. */
export const postalCodeTransform = (options: CardOptions) =>
  trimmed((value) =>
    validatePostalCode(value, {
      ...(options.locale && { locale: options.locale }),
      ...(options.postalCodeMinLength !== undefined && { minLength: options.postalCodeMinLength }),
      ...(options.postalCodeMaxLength !== undefined && { maxLength: options.postalCodeMaxLength }),
    }),
  );

/**
 * The cross-field rule of `card()`, run even when fields failed: the security code is checked
 * again against the number's brand (as `validateCard` does) and its issues replace the ones it
 * had on its own.
 */
export const crossFieldCheck =
  (options: CardOptions) =>
  (value: { readonly number?: unknown; readonly cvc?: unknown }, payload: Payload): void => {
    const { number, cvc } = value;
    if (!isSensitive(cvc)) return;
    const brand =
      number instanceof FailedNumber
        ? number.brand
        : typeof number === "string"
          ? validateNumber(number, options).brand
          : null;
    const result = validateCvc(cvc, { ...(options.locale && { locale: options.locale }), brand });
    const { issues } = payload;
    // In place (zod holds this array), keeping validateCard's order: number, expiry, cvc, name...
    for (let i = issues.length - 1; i >= 0; i--) {
      if (issues[i]?.path?.[0] === "cvc") issues.splice(i, 1);
    }
    const at = issues.findIndex((issue) => {
      const key = issue.path?.[0];
      return key === "name" || key === "postalCode";
    });
    issues.splice(at < 0 ? issues.length : at, 0, ...toZodIssues(result.issues, "cvc"));
  };
