import {
  detectBrand,
  getBrand,
  luhn,
  validateCvc,
  validateExpiry,
  validateNumber,
} from "@cardward/core";
import { describe, expect, it } from "vitest";
import { luhnCheckDigit, testCards } from "../src/index";

/** An independent Luhn check (sum of digits, every second from the right doubled). */
function passesLuhn(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map((c, i) => (i % 2 === 1 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(c)] : Number(c)) as number)
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

describe("testCards: published numbers", () => {
  it("lists every brand with a published number, from each processor the reference names", () => {
    expect(Object.keys(testCards.byBrand).sort()).toEqual(
      [
        "american-express",
        "diners-club",
        "discover",
        "jcb",
        "maestro",
        "mastercard",
        "unionpay",
        "visa",
      ].sort(),
    );
    expect(new Set(testCards.all.map((c) => c.source))).toEqual(
      new Set(["stripe", "braintree", "adyen"]),
    );
    expect(testCards.all).toHaveLength(Object.values(testCards.byBrand).flat().length);
  });

  it.each(testCards.all.map((c) => [c.source, c.label, c.number, c] as const))(
    "%s %s %s passes Luhn, has an allowed length and is detected and valid",
    (_, __, number, card) => {
      expect(passesLuhn(number)).toBe(true);
      expect(luhn(number)).toBe(true);
      expect(luhnCheckDigit(number.slice(0, -1))).toBe(Number(number.slice(-1)));
      expect(getBrand(card.brand)?.lengths).toContain(number.length);
      expect(detectBrand(number)?.id).toBe(card.brand);
      expect(validateNumber(number)).toMatchObject({ isValid: true, issues: [] });
    },
  );

  it("is frozen", () => {
    expect(Object.isFrozen(testCards.byBrand.visa)).toBe(true);
    expect(Object.isFrozen(testCards.byBrand.visa[0])).toBe(true);
  });
});

describe("testCards: examples for each issue code", () => {
  const rows = <E>(table: Readonly<Record<string, readonly E[]>>) =>
    Object.entries(table).flatMap(([code, examples]) => examples.map((ex) => [code, ex] as const));

  it.each(rows(testCards.failing.number))("number fails with %s: %o", (code, ex) => {
    const result = validateNumber(ex.input, ex.options);
    expect(result.isValid).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it.each(rows(testCards.failing.expiry))("expiry fails with %s: %o", (code, ex) => {
    const result = validateExpiry(ex.input, ex.options);
    expect(result.isValid).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it.each(rows(testCards.failing.cvc))("cvc fails with %s: %o", (code, ex) => {
    const result = validateCvc(ex.input, ex.options);
    expect(result.isValid).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it.each(testCards.passing.expiry)("expiry passes: $note", (ex) => {
    expect(validateExpiry(ex.input, ex.options)).toMatchObject({ isValid: true, issues: [] });
  });

  it.each(testCards.passing.cvc)("cvc passes: $note", (ex) => {
    expect(validateCvc(ex.input, ex.options)).toMatchObject({ isValid: true, issues: [] });
  });

  it("has an example for every code each validator reports", () => {
    expect(Object.keys(testCards.failing.number).sort()).toEqual(
      [
        "invalid_characters",
        "invalid_length",
        "invalid_type",
        "luhn",
        "required",
        "too_long",
        "too_short",
        "unknown_brand",
        "unsupported_brand",
      ].sort(),
    );
    for (const table of Object.values(testCards.failing)) {
      for (const examples of Object.values(table)) expect(examples.length).toBeGreaterThan(0);
    }
  });
});
