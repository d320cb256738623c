import { BRANDS, detectBrand, luhn, validateNumber } from "@cardward/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, generateCardNumber, luhnCheckDigit } from "../src/index";

const BRAND_LENGTHS = BRANDS.flatMap((b) => b.lengths.map((length) => [b.id, length] as const));

describe("generateCardNumber", () => {
  it.each(BRAND_LENGTHS)(
    "%s, %i digits: detected as the brand, Luhn-valid, valid",
    (brand, length) => {
      const number = generateCardNumber(brand, { length, seed: 1 });
      expect(number).toMatch(new RegExp(`^\\d{${length}}$`));
      expect(detectBrand(number)?.id).toBe(brand);
      expect(luhn(number)).toBe(true);
      expect(validateNumber(number, { luhnValidateUnionPay: true }).isValid).toBe(true);
    },
  );

  it("holds for any brand, allowed length and seed, valid or invalid (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BRAND_LENGTHS),
        fc.integer(),
        fc.constantFrom("valid" as const, "invalid" as const),
        ([brand, length], seed, mode) => {
          const number = generateCardNumber(brand, { length, seed, luhn: mode });
          expect(number).toHaveLength(length);
          expect(detectBrand(number)?.id).toBe(brand);
          expect(luhn(number)).toBe(mode === "valid");
          expect(generateCardNumber(brand, { length, seed, luhn: mode })).toBe(number);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fails only the Luhn check when asked to", () => {
    const number = generateCardNumber("visa", { luhn: "invalid", seed: 3 });
    expect(validateNumber(number).issues.map((i) => i.code)).toEqual(["luhn"]);
    expect(number.slice(0, -1) + luhnCheckDigit(number.slice(0, -1))).not.toBe(number);
  });

  it("is deterministic with the documented default seed, and varies with the seed", () => {
    expect(generateCardNumber("visa")).toBe(generateCardNumber("visa", { seed: DEFAULT_SEED }));
    expect(DEFAULT_SEED).toBe(42);
    const numbers = new Set(
      Array.from({ length: 50 }, (_, seed) => generateCardNumber("mastercard", { seed })),
    );
    expect(numbers.size).toBeGreaterThan(45);
  });

  it("draws prefixes from all of a brand's patterns, not one", () => {
    const prefixes = new Set(
      Array.from({ length: 200 }, (_, seed) =>
        generateCardNumber("mastercard", { seed }).slice(0, 1),
      ),
    );
    expect(prefixes).toEqual(new Set(["2", "5"]));
  });

  it("defaults to 16 digits, or the brand's shortest length without 16", () => {
    expect(generateCardNumber("visa")).toHaveLength(16);
    expect(generateCardNumber("american-express")).toHaveLength(15);
    expect(generateCardNumber("diners-club")).toHaveLength(16);
  });

  it.each([
    ["visa", 15, /Visa numbers have 16, 18, 19 digits, not 15/],
    ["american-express", 16, /American Express numbers have 15 digits, not 16/],
    ["nope", 16, /unknown brand "nope"/],
  ])("throws a RangeError for %s with %i digits", (brand, length, message) => {
    expect(() => generateCardNumber(brand as never, { length })).toThrow(RangeError);
    expect(() => generateCardNumber(brand as never, { length })).toThrow(message);
  });
});

describe("luhnCheckDigit", () => {
  it.each([
    ["424242424242424", 2],
    ["37828224631000", 5],
    ["0", 0],
    ["", 0],
  ])("completes %s with %i", (payload, digit) => {
    expect(luhnCheckDigit(payload)).toBe(digit);
  });

  it("always makes a Luhn-valid number (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (payload) => {
        expect(luhn(payload + luhnCheckDigit(payload))).toBe(true);
      }),
    );
  });

  it("rejects anything but digits", () => {
    expect(() => luhnCheckDigit("42a")).toThrow(RangeError);
  });
});
