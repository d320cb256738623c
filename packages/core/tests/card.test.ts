import { describe, expect, it } from "vitest";
import { Sensitive } from "../src/sensitive";
import { type CardInput, validateCard } from "../src/validators/card";

const now = new Date("2026-03-15T12:00:00Z");
const visa = { number: "4242 4242 4242 4242", expiry: "03/30", cvc: "123" };
const amex = { number: "3782 822463 10005", expiry: "03/30", cvc: "1234" };

describe("validateCard", () => {
  it.each<[string, CardInput, string[]]>([
    ["a valid Visa", visa, []],
    ["a valid American Express", amex, []],
    ["an Amex with a 3-digit CID", { ...amex, cvc: "123" }, ["cvc:cvc_length"]],
    ["a Visa with a 4-digit CVV", { ...visa, cvc: "1234" }, ["cvc:cvc_length"]],
    ["an expired card", { ...visa, expiry: "02/26" }, ["expiry:expired"]],
    ["a typo in the number", { ...visa, number: "4242 4242 4242 4241" }, ["number:luhn"]],
    [
      "nothing at all",
      { number: "", expiry: "", cvc: "" },
      ["number:required", "expiry:required", "cvc:required"],
    ],
    ["a name and postal code", { ...visa, name: "Jane Doe", postalCode: "94107" }, []],
    [
      "a bad name and postal code",
      { ...visa, name: "4242", postalCode: "9" },
      ["name:invalid_characters", "postalCode:too_short"],
    ],
    ["a Sensitive CVC", { ...amex, cvc: new Sensitive("7373") }, []],
  ])("%s -> %j", (_, input, issues) => {
    const result = validateCard(input, { now });
    expect(result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(issues);
    expect(result.isValid).toBe(issues.length === 0);
  });

  it("checks the CVC against the number's brand", () => {
    const result = validateCard({ ...amex, cvc: "123" }, { now });
    expect(result.brand?.id).toBe("american-express");
    expect(result.cvc.expectedLengths).toEqual([4]);
    expect(result.cvc.codeName).toBe("CID");
    // While the brand is unknown, 3 or 4 digits will do.
    expect(validateCard({ ...amex, number: "3", cvc: "1234" }, { now }).cvc.isValid).toBe(true);
  });

  it("applies acceptedBrands to the number", () => {
    const result = validateCard(amex, { now, acceptedBrands: ["visa", "mastercard"] });
    expect(result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(["number:unsupported_brand"]);
    expect(result.isPotentiallyValid).toBe(false);
  });

  it("is potentially valid while every field is", () => {
    const result = validateCard({ number: "4242", expiry: "12/", cvc: "1" }, { now });
    expect([result.isValid, result.isPotentiallyValid]).toEqual([false, true]);
  });

  it("passes per-field options on", () => {
    const input = { ...visa, expiry: "03/40", name: "Jane Doe", postalCode: "12" };
    const result = validateCard(input, {
      now,
      maxYearsAhead: 5,
      maxNameLength: 4,
      postalCodeMinLength: 2,
    });
    expect(result.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      "expiry:too_far_ahead",
      "name:too_long",
    ]);
  });

  it("includes name and postalCode results only when given", () => {
    const result = validateCard(visa, { now });
    expect("name" in result).toBe(false);
    expect("postalCode" in result).toBe(false);
  });

  it("carries no card data in its result", () => {
    const input = { number: "4242424242424241", expiry: "02/26", cvc: "98765", name: "Jane 9" };
    const text = JSON.stringify(validateCard(input, { now }));
    for (const secret of ["4242", "98765", "02/26", "Jane"]) expect(text).not.toContain(secret);
  });

  it("never throws on a missing card", () => {
    const result = validateCard(undefined as unknown as CardInput, { now });
    expect(result.isValid).toBe(false);
  });
});
