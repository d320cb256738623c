import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/types";
import { DEFAULT_MAX_NAME_LENGTH, validateCardholderName } from "../src/validators/cardholder-name";

type Row = [input: unknown, valid: boolean, potentially: boolean, code?: IssueCode];

describe("validateCardholderName", () => {
  it.each<Row>([
    ["Jane Doe", true, true],
    ["  Jane Doe  ", true, true],
    ["Zoë O'Brien-Ñúñez", true, true],
    ["J. R. R. Tolkien", true, true],
    ["D\u2019Angelo", true, true],
    ["Јован Јовановић", true, true],
    ["山田 太郎", true, true],
    ["محمد علي", true, true],
    ["नरेन्द्र मोदी", true, true],
    ["Ng", true, true],
    ["", false, true, "required"],
    ["   ", false, true, "required"],
    ["4242 4242 4242 4242", false, false, "invalid_characters"],
    ["4242424242424242", false, false, "invalid_characters"],
    ["Jane Doe 3", false, false, "invalid_characters"],
    ["Jane\tDoe", false, false, "invalid_characters"],
    ["Jane\u200bDoe", false, false, "invalid_characters"],
    ["Jane\u202eeoD", false, false, "invalid_characters"],
    ["Jane\u0000", false, false, "invalid_characters"],
    ["<script>", false, false, "invalid_characters"],
    ["Jane@Doe", false, false, "invalid_characters"],
    ["- . '", false, false, "invalid_format"],
    ["a".repeat(DEFAULT_MAX_NAME_LENGTH), true, true],
    ["a".repeat(DEFAULT_MAX_NAME_LENGTH + 1), false, false, "too_long"],
    ["a".repeat(1_000_000), false, false, "too_long"],
    [null, false, false, "required"],
    [42, false, false, "invalid_type"],
  ])("%j -> valid %s, potentially %s, %s", (input, valid, potentially, code) => {
    const result = validateCardholderName(input);
    expect([result.isValid, result.isPotentiallyValid]).toEqual([valid, potentially]);
    expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it("takes a maxLength", () => {
    expect(validateCardholderName("Jane Doe", { maxLength: 7 }).issues[0]?.params).toEqual({
      field: "name",
      expected: [7],
    });
    expect(validateCardholderName("Jane Do", { maxLength: 7 }).isValid).toBe(true);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(validateCardholderName("𠀋".repeat(DEFAULT_MAX_NAME_LENGTH)).isValid).toBe(true);
  });
});
