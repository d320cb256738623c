import { describe, expect, it } from "vitest";
import { readDigit } from "../src/edit/run-edit";
import { digitAt, scanDigits } from "../src/text/normalize";

describe("digitAt and scanDigits read one character at a time", () => {
  it.each([
    // A lone high surrogate is one unit wide: it never swallows the character after it.
    ["\ud8000", 0, -1, 1],
    ["\ud800\u0664", 0, -1, 1],
    ["\udc000", 0, -1, 1],
    ["0\ud800", 1, -1, 1],
    ["\u{1d7d2}", 0, 4, 2],
    ["\u{1f600}4", 0, -1, 2],
    ["\u0669", 0, 9, 1],
    ["\uff10", 0, 0, 1],
    ["7", 0, 7, 1],
    ["a", 0, -1, 1],
  ])("digitAt(%j, %i) is digit %i, width %i", (text, index, digit, width) => {
    expect(digitAt(text, index)).toEqual({ digit, width });
  });

  it.each([
    ["\ud8000", "0", true],
    ["4\ud8004\ud800", "44", true],
    ["\ud800\u0664\ud8002", "42", true],
    ["\u{1d7d2}2\u{1fbf4}2", "4242", false],
    ["\u0664\u0662 \u06f4\u06f2-\u0967\u0968", "424212", false],
  ])("scanDigits(%j) finds %j (invalid: %s)", (text, digits, invalid) => {
    expect(scanDigits(text)).toMatchObject({ digits, invalid });
  });

  it("readDigit agrees with digitAt on a lone high surrogate", () => {
    expect(readDigit("\ud8000", 0)).toEqual({ unit: null, width: 1 });
    expect(readDigit("\ud8000", 1)).toEqual({ unit: "0", width: 1 });
  });
});
