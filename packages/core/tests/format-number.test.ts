import { describe, expect, it } from "vitest";
import { getBrand } from "../src/brands/detect-brand";
import { formatExpiry } from "../src/format/format-expiry";
import { formatNumber } from "../src/format/format-number";

describe("formatNumber", () => {
  it.each([
    ["", ""],
    ["4", "4"],
    ["4242", "4242"],
    ["42424", "4242 4"],
    ["4242424242424242", "4242 4242 4242 4242"],
    ["4242 4242-4242\u00a04242", "4242 4242 4242 4242"],
    ["4242424242424242424", "4242 4242 4242 4242 424"],
    ["378282246310005", "3782 822463 10005"],
    ["36227206271667", "3622 720627 1667"],
    ["3056930902590490", "3056 930902 590490"],
    ["3056930902590490123", "3056 930902 590490 123"],
    ["6205500000000000004", "6205 5000 0000 0000 004"],
    ["3", "3"],
    ["30569", "3056 9"],
    ["1234567890123", "1234 5678 9012 3"],
    ["abc42x42", "4242"],
    ["\u0664\u0662\u0664\u0662\u0664", "4242 4"],
    ["\uff14\uff12\uff14\uff12\uff14", "4242 4"],
    ["\u{1d7d2}242", "4242"],
    ["42\u200b42\u202e4", "4242 4"],
  ])("%j -> %j", (input, out) => {
    expect(formatNumber(input)).toBe(out);
  });

  it.each([
    ["4242424242424242", "american-express", "4242 424242 424242"],
    ["378282246310005", null, "3782 8224 6310 005"],
    ["378282246310005", "visa", "3782 8224 6310 005"],
  ] as const)("%j grouped as %s -> %j", (input, id, out) => {
    expect(formatNumber(input, id === null ? null : getBrand(id))).toBe(out);
  });

  it("returns an empty string for non-strings", () => {
    expect(formatNumber(42 as unknown as string)).toBe("");
  });
});

describe("formatExpiry", () => {
  it.each([
    ["", ""],
    ["1", "1"],
    ["0", "0"],
    ["12", "12 / "],
    ["123", "12 / 3"],
    ["1230", "12 / 30"],
    ["123045", "12 / 30"],
    ["5", "05 / "],
    ["53", "05 / 3"],
    ["13", "01 / 3"],
    ["1/30", "01 / 30"],
    ["12/30", "12 / 30"],
    ["12 / 30", "12 / 30"],
    ["12/2030", "12 / 30"],
    ["2030-12", "12 / 30"],
    ["2030-3", "03 / 30"],
    ["3/2031", "03 / 31"],
    ["13/2030", "01 / 32"],
    ["00", "00 / "],
    ["\u0661\u0662/\u0663\u0660", "12 / 30"],
    ["12/3", "12 / 3"],
  ])("%j -> %j", (input, out) => {
    expect(formatExpiry(input)).toBe(out);
  });

  it("returns an empty string for non-strings", () => {
    expect(formatExpiry(null as unknown as string)).toBe("");
  });
});
