import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/types";
import { type PostalCodeOptions, validatePostalCode } from "../src/validators/postal-code";

type Row = [
  input: unknown,
  options: PostalCodeOptions,
  valid: boolean,
  potentially: boolean,
  code?: IssueCode,
];

describe("validatePostalCode", () => {
  it.each<Row>([
    ["94107", {}, true, true],
    ["94107-1234", {}, true, true],
    ["SW1A 1AA", {}, true, true],
    ["K1A 0B1", {}, true, true],
    ["10115", {}, true, true],
    ["101", {}, true, true],
    ["  94107 ", {}, true, true],
    ["١٢٣٤٥", {}, true, true],
    ["\u{1d7ce}\u{1d7cf}\u{1d7d0}", {}, true, true],
    ["\u212a1A 0B1", {}, false, false, "invalid_characters"],
    ["12", {}, false, true, "too_short"],
    ["12", { minLength: 2 }, true, true],
    ["", {}, false, true, "required"],
    ["12345678901", {}, false, false, "too_long"],
    ["12345678901", { maxLength: 12 }, true, true],
    ["1".repeat(1_000_000), {}, false, false, "too_long"],
    ["941#07", {}, false, false, "invalid_characters"],
    ["94107\u200b", {}, false, false, "invalid_characters"],
    ["ÄÖÜ12", {}, false, false, "invalid_characters"],
    ["- -", {}, false, false, "invalid_format"],
    [null, {}, false, false, "required"],
    [94107, {}, false, false, "invalid_type"],
  ])("%j with %j -> valid %s, potentially %s, %s", (input, options, valid, potentially, code) => {
    const result = validatePostalCode(input, options);
    expect([result.isValid, result.isPotentiallyValid]).toEqual([valid, potentially]);
    expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it("says how many characters are needed", () => {
    expect(validatePostalCode("12").issues[0]?.params).toEqual({
      field: "postalCode",
      expected: [3],
    });
  });
});
