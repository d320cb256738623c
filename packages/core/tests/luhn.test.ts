import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhn } from "../src/validators/luhn";

/** A straightforward reference implementation to check the tight loop against. */
function reference(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map(Number)
    .map((d, i) => (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

describe("luhn", () => {
  it.each([
    ["4242424242424242", true],
    ["4111111111111111", true],
    ["378282246310005", true],
    ["6011111111111117", true],
    ["2223003122003222", true],
    ["79927398713", true],
    ["0", true],
    ["18", true],
    ["4242424242424241", false],
    ["4111111111111112", false],
    ["79927398710", false],
    ["1", false],
  ])("%s -> %s", (digits, expected) => {
    expect(luhn(digits)).toBe(expected);
  });

  it.each([[""], ["4242 4242 4242 4242"], ["42424242424242a2"], ["４２４２"], ["-0"]])(
    "rejects %j (empty or not ASCII digits)",
    (input) => {
      expect(luhn(input)).toBe(false);
    },
  );

  it("agrees with a reference implementation on any digit string", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,30}$/), (digits) => {
        expect(luhn(digits)).toBe(reference(digits));
      }),
      { numRuns: 2000 },
    );
  });

  it("catches every single-digit typo", () => {
    const valid = "4242424242424242";
    for (let i = 0; i < valid.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        if (typo !== valid) expect(luhn(typo)).toBe(false);
      }
    }
  });
});
