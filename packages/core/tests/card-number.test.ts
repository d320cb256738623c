import cardValidator from "card-validator";
import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/types";
import { validateNumber } from "../src/validators/card-number";

type Row = [
  input: unknown,
  valid: boolean,
  potentially: boolean,
  brand: string | null,
  code?: IssueCode,
];

describe("validateNumber", () => {
  it.each<Row>([
    ["4242424242424242", true, true, "visa"],
    ["4242 4242 4242 4242", true, true, "visa"],
    ["4242-4242-4242-4242", true, true, "visa"],
    [" 4242424242424242 ", true, true, "visa"],
    [4242424242424242, true, true, "visa"],
    ["4111111111111111110", true, true, "visa"],
    ["5555555555554444", true, true, "mastercard"],
    ["2223003122003222", true, true, "mastercard"],
    ["378282246310005", true, true, "american-express"],
    ["6011111111111117", true, true, "discover"],
    ["3566002020360505", true, true, "jcb"],
    ["36227206271667", true, true, "diners-club"],
    ["6200000000000005", true, true, "unionpay"],
    ["6200000000000001", true, true, "unionpay"],
    ["6304000000000000", true, true, "maestro"],
    ["4242", false, true, "visa", "too_short"],
    ["42424242424242424", false, true, "visa", "invalid_length"],
    ["4242424242424241", false, true, "visa", "luhn"],
    ["378282246310001", false, false, "american-express", "luhn"],
    ["3782822463100050", false, false, "american-express", "too_long"],
    ["42424242424242424242", false, false, "visa", "too_long"],
    ["", false, true, null, "required"],
    ["   ", false, true, null, "required"],
    ["3", false, true, null, "too_short"],
    ["0000", false, false, null, "unknown_brand"],
    ["4242a", false, false, null, "invalid_characters"],
    ["4242.4242", false, false, null, "invalid_characters"],
    [null, false, false, null, "required"],
    [undefined, false, false, null, "required"],
    [{}, false, false, null, "invalid_type"],
    [["4242"], false, false, null, "invalid_type"],
  ])("%j -> valid %s, potentially %s, brand %s, %s", (input, valid, potentially, brand, code) => {
    const result = validateNumber(input);
    expect(result.isValid).toBe(valid);
    expect(result.isPotentiallyValid).toBe(potentially);
    expect(result.brand?.id ?? null).toBe(brand);
    expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it.each([
    ["４２４２４２４２４２４２４２４２", "full-width"],
    ["٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢", "Arabic-Indic"],
    ["۴۲۴۲۴۲۴۲۴۲۴۲۴۲۴۲", "Persian"],
    ["४२४२४२४२४२४२४२४२", "Devanagari"],
    ["4242\u00a04242\u20134242\u20134242", "no-break space and en dashes"],
  ])("reads %s digits (%s)", (input) => {
    const result = validateNumber(input);
    expect(result.isValid).toBe(true);
    expect(result.brand?.id).toBe("visa");
  });

  it.each([
    ["4242\u200b4242424242424242"],
    ["4242\u200e424242424242"],
    ["\u202e4242424242424242"],
    ["4242\u2066424242424242"],
    ["\ufeff4242424242424242"],
    ["4242\u0000424242424242"],
  ])("flags invisible or control characters in %j", (input) => {
    const result = validateNumber(input);
    expect(result.isPotentiallyValid).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["invalid_characters"]);
  });

  it("lists the brand's lengths and name in the issue, never the digits", () => {
    const [issue] = validateNumber("4242 4242").issues;
    expect(issue?.params).toEqual({ field: "number", brand: "Visa", expected: [16, 18, 19] });
    expect(issue?.message).toContain("16, 18 or 19");
    expect(JSON.stringify(validateNumber("4242424242424241"))).not.toContain("4242");
  });

  it.each([
    [
      "4242424242424242",
      17,
      "The card number has a length Visa does not use: it needs 16, 18 or 19 digits.",
    ],
    ["3530111333300000", 15, "The card number is too short: it needs 16, 17, 18 or 19 digits."],
    ["6200000000000005", 20, "The card number is too long: it takes at most 19 digits."],
  ])(
    "says a %s-like number of %i digits has the wrong length, not that it is too short",
    (card, n, message) => {
      const digits = card.repeat(2).slice(0, n);
      expect(validateNumber(digits).issues.map((i) => i.message)).toEqual([message]);
    },
  );

  it("lists the candidates while the brand is undecided", () => {
    const result = validateNumber("3");
    expect(result.candidates.map((b) => b.id)).toEqual(["american-express", "diners-club", "jcb"]);
    expect(validateNumber("").candidates).toHaveLength(15);
  });

  describe("acceptedBrands", () => {
    const options = { acceptedBrands: ["visa", "mastercard"] as const };
    it.each<Row>([
      ["4242424242424242", true, true, "visa"],
      ["378282246310005", false, false, "american-express", "unsupported_brand"],
      ["37", false, false, "american-express", "unsupported_brand"],
      ["3", false, false, null, "unsupported_brand"],
      ["2", false, true, null, "too_short"],
      ["", false, true, null, "required"],
    ])("%j -> valid %s, potentially %s, brand %s, %s", (input, valid, potentially, brand, code) => {
      const result = validateNumber(input, options);
      expect([result.isValid, result.isPotentiallyValid]).toEqual([valid, potentially]);
      expect(result.brand?.id ?? null).toBe(brand);
      expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
    });

    it("names the brand in the message", () => {
      expect(validateNumber("378282246310005", options).issues[0]?.message).toBe(
        "American Express cards are not accepted.",
      );
    });
  });

  describe("options shared with card-validator", () => {
    it.each([
      ["4111111111111111", { maxLength: 16 }],
      ["4111111111111111110", { maxLength: 16 }],
      ["411111111111111", { maxLength: 16 }],
      ["4111111111111112", { maxLength: 16 }],
      ["4111111111111111", { maxLength: 15 }],
      ["6200000000000001", { luhnValidateUnionPay: true }],
      ["6200000000000005", { luhnValidateUnionPay: true }],
      ["6200000000000001", { luhnValidateUnionPay: false }],
    ])("%s with %j answers as card-validator", (input, options) => {
      const ours = validateNumber(input, options);
      const theirs = cardValidator.number(input, options);
      expect([ours.isValid, ours.isPotentiallyValid, ours.brand?.id ?? null]).toEqual([
        theirs.isValid,
        theirs.isPotentiallyValid,
        theirs.card?.type ?? null,
      ]);
    });

    it("reports too_long past maxLength with the lengths that remain", () => {
      const result = validateNumber("4111111111111111110", { maxLength: 16 });
      expect(result.issues[0]?.code).toBe("too_long");
      expect(result.issues[0]?.params.expected).toEqual([16]);
    });

    it("reports luhn for a UnionPay number only when asked to", () => {
      expect(validateNumber("6200000000000001").isValid).toBe(true);
      const strict = validateNumber("6200000000000001", { luhnValidateUnionPay: true });
      expect(strict.issues.map((i) => i.code)).toEqual(["luhn"]);
    });
  });
});
