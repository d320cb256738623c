import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandCandidates, detectBrand } from "../src/brands/detect-brand";
import { validateCard } from "../src/validators/card";
import { validateNumber } from "../src/validators/card-number";
import { validateCardholderName } from "../src/validators/cardholder-name";
import { validateCvc } from "../src/validators/cvc";
import { validateExpiry } from "../src/validators/expiry";
import { validatePostalCode } from "../src/validators/postal-code";

const now = new Date("2026-03-15T12:00:00Z");
const validators: [string, (input: unknown) => { isValid: boolean; issues: readonly unknown[] }][] =
  [
    ["validateNumber", (i) => validateNumber(i)],
    ["validateExpiry", (i) => validateExpiry(i, { now })],
    ["validateCvc", (i) => validateCvc(i)],
    ["validateCardholderName", (i) => validateCardholderName(i)],
    ["validatePostalCode", (i) => validatePostalCode(i)],
    ["validateCard", (i) => validateCard({ number: i, expiry: i, cvc: i, name: i, postalCode: i })],
  ];

const hostile: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["a negative number", -4242],
  ["a bigint", 4242424242424242n],
  ["a symbol", Symbol("4242")],
  ["a function", () => "4242424242424242"],
  ["an array", ["4242424242424242"]],
  ["an object", { toString: () => "4242424242424242" }],
  [
    "an object whose getters throw",
    Object.defineProperty({}, "month", {
      get: () => {
        throw new Error("hostile getter");
      },
    }),
  ],
  ["a boxed string", new String("4242424242424242")],
  ["a Date", new Date()],
  ["a 1 MB string of digits", "4".repeat(1_000_000)],
  ["a 1 MB string of spaces", " ".repeat(1_000_000)],
  ["a 1 MB string of zero-width spaces", "\u200b".repeat(1_000_000)],
  ["a lone high surrogate", "4242\ud800"],
  ["a lone low surrogate", "\udc004242"],
  ["zero-width joiners", "4242\u200d4242\u200d4242\u200d4242"],
  ["a right-to-left override", "\u202e4242424242424242"],
  ["bidi isolates", "\u20664242424242424242\u2069"],
  ["a byte-order mark", "\ufeff4242424242424242"],
  ["NUL", "\u00004242424242424242"],
  ["an emoji", "4242🙂4242"],
  ["a regex bomb", `${"1/".repeat(50000)}x`],
];

describe.each(validators)("%s never throws", (_, validate) => {
  it.each(hostile)("on %s", (_, input) => {
    const result = validate(input);
    expect(result.isValid).toBe(false);
    expect(Array.isArray(result.issues)).toBe(true);
  });

  it("on anything fast-check makes up", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true }), (input) => {
        validate(input);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (input) => {
        validate(input);
      }),
      { numRuns: 500 },
    );
  });
});

describe("brand detection never throws", () => {
  it.each(hostile)("on %s", (_, input) => {
    expect(detectBrand(input)).toBeNull();
    expect(Array.isArray(brandCandidates(input))).toBe(true);
  });
});

describe("invisible and control characters are invalid_characters", () => {
  const controls = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
    "\u00ad",
    "\u0000",
    "\u001b",
  ];
  it.each(controls.map((c) => [c.codePointAt(0)?.toString(16).padStart(4, "0"), c]))(
    "U+%s",
    (_, c) => {
      expect(validateNumber(`4242${c}424242424242`).issues[0]?.code).toBe("invalid_characters");
      expect(validateExpiry(`12/${c}30`, { now }).issues[0]?.code).toBe("invalid_characters");
      expect(validateCvc(`12${c}3`).issues[0]?.code).toBe("invalid_characters");
      expect(validateCardholderName(`Jane${c}Doe`).issues[0]?.code).toBe("invalid_characters");
      expect(validatePostalCode(`941${c}07`).issues[0]?.code).toBe("invalid_characters");
    },
  );
});
