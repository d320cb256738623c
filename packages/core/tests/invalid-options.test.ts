import { describe, expect, it } from "vitest";
import { CardwardError } from "../src/errors";
import { createIssue } from "../src/locale/issue";
import { numberSchema } from "../src/schema/standard-schema";
import { validateCard } from "../src/validators/card";
import { validateNumber } from "../src/validators/card-number";
import { validateCardholderName } from "../src/validators/cardholder-name";
import { validateCvc } from "../src/validators/cvc";
import { validateExpiry } from "../src/validators/expiry";
import { validatePostalCode } from "../src/validators/postal-code";

/** Calls with options of the wrong shape, typed loosely on purpose (a JavaScript caller). */
const loose = <A extends unknown[]>(call: (...args: A) => unknown) =>
  call as (...args: unknown[]) => unknown;

// Each row: the call, and the option `params.option` must name.
const cases: [string, () => unknown, string][] = [
  [
    "acceptedBrands: {}",
    () => loose(validateNumber)("4242", { acceptedBrands: {} }),
    "acceptedBrands",
  ],
  [
    "acceptedBrands: ['vsia']",
    () => loose(validateNumber)("4242", { acceptedBrands: ["vsia"] }),
    "acceptedBrands",
  ],
  ["maxLength: Infinity", () => validateNumber("4242", { maxLength: Infinity }), "maxLength"],
  ["maxLength: NaN", () => validateNumber("4242", { maxLength: Number.NaN }), "maxLength"],
  ["maxLength: -1", () => validateNumber("4242", { maxLength: -1 }), "maxLength"],
  ["maxLength: 1.5", () => validateNumber("4242", { maxLength: 1.5 }), "maxLength"],
  [
    "luhnValidateUnionPay: 'yes'",
    () => loose(validateNumber)("4242", { luhnValidateUnionPay: "yes" }),
    "luhnValidateUnionPay",
  ],
  ["locale: {}", () => loose(validateNumber)("4242", { locale: {} }), "locale"],
  ["options: 'visa'", () => loose(validateNumber)("4242", "visa"), "options"],
  ["now: '2026-01-01'", () => loose(validateExpiry)("03/30", { now: "2026-01-01" }), "now"],
  [
    "maxYearsAhead: Infinity",
    () => validateExpiry("03/30", { maxYearsAhead: Infinity }),
    "maxYearsAhead",
  ],
  ["maxYearsAhead: -1", () => validateExpiry("03/30", { maxYearsAhead: -1 }), "maxYearsAhead"],
  ["brand: 42", () => loose(validateCvc)("123", { brand: 42 }), "brand"],
  [
    "name maxLength: Infinity",
    () => validateCardholderName("Ada", { maxLength: Infinity }),
    "maxLength",
  ],
  [
    "name maxLength: NaN",
    () => validateCardholderName("Ada", { maxLength: Number.NaN }),
    "maxLength",
  ],
  ["name maxLength: 0", () => validateCardholderName("Ada", { maxLength: 0 }), "maxLength"],
  [
    "postal maxLength: Infinity",
    () => validatePostalCode("SW1A", { maxLength: Infinity }),
    "maxLength",
  ],
  [
    "postal minLength above maxLength",
    () => validatePostalCode("SW1A", { minLength: 9, maxLength: 8 }),
    "minLength",
  ],
  [
    "maxNameLength: NaN",
    () => validateCard({ number: "", expiry: "", cvc: "" }, { maxNameLength: Number.NaN }),
    "maxNameLength",
  ],
  [
    "postalCodeMaxLength: Infinity",
    () => validateCard({ number: "", expiry: "", cvc: "" }, { postalCodeMaxLength: Infinity }),
    "postalCodeMaxLength",
  ],
  ["a schema's options, at creation", () => numberSchema({ maxLength: -1 }), "maxLength"],
  ["createIssue's code", () => loose(createIssue)("nope", {}), "code"],
];

describe("options that cannot be used throw invalid_option, naming the option", () => {
  it.each(cases)("%s", (_, call, option) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CardwardError);
    const error = thrown as CardwardError;
    expect(error.code).toBe("invalid_option");
    expect(error.params).toEqual({ option });
    expect(error.message).toMatch(new RegExp(`^Option "${option}" must be `));
  });
});
