import { describe, expect, it } from "vitest";
import type { IssueCode } from "../src/types";
import { DEFAULT_MAX_YEARS_AHEAD, validateExpiry } from "../src/validators/expiry";

const now = new Date("2026-03-15T12:00:00Z");
type Row = [input: unknown, valid: boolean, potentially: boolean, code?: IssueCode];

describe("validateExpiry formats (now: 2026-03-15)", () => {
  it.each([
    ["03/27", 3, 2027],
    ["03 / 27", 3, 2027],
    ["3/27", 3, 2027],
    ["03/2027", 3, 2027],
    ["0327", 3, 2027],
    ["032027", 3, 2027],
    ["03-27", 3, 2027],
    ["2027-03", 3, 2027],
    ["12/26", 12, 2026],
    [" 12/26 ", 12, 2026],
    ["12 26", 12, 2026],
    ["１２／２６", 12, 2026],
    ["١٢/٢٦", 12, 2026],
    [{ month: 3, year: 2027 }, 3, 2027],
    [{ month: "03", year: "27" }, 3, 2027],
    [{ month: "3", year: 27 }, 3, 2027],
    [{ month: 12, year: "2026" }, 12, 2026],
  ])("%j is %i/%i", (input, month, year) => {
    const result = validateExpiry(input, { now });
    expect(result).toEqual({ isValid: true, isPotentiallyValid: true, issues: [], month, year });
  });

  it.each<Row>([
    ["", false, true, "required"],
    [" / ", false, true, "required"],
    ["0", false, true, "invalid_format"],
    ["1", false, true, "invalid_format"],
    ["9", false, true, "invalid_format"],
    ["12", false, true, "invalid_format"],
    ["12/", false, true, "invalid_format"],
    ["1/", false, true, "invalid_format"],
    ["12/2", false, true, "invalid_format"],
    ["12 / 2", false, true, "invalid_format"],
    ["122", false, true, "invalid_format"],
    ["12/202", false, true, "invalid_format"],
    ["2027-", false, true, "invalid_format"],
    ["2027-0", false, true, "invalid_format"],
    ["00", false, false, "invalid_month"],
    ["0/", false, false, "invalid_month"],
    ["13", false, false, "invalid_month"],
    ["13/27", false, false, "invalid_month"],
    ["00/27", false, false, "invalid_month"],
    ["2027-13", false, false, "invalid_month"],
    ["02/26", false, false, "expired"],
    ["02/2026", false, false, "expired"],
    ["12/25", false, false, "expired"],
    ["12/1", false, false, "expired"],
    ["12/201", false, false, "expired"],
    ["12/46", false, false, "too_far_ahead"],
    ["12/5", false, false, "too_far_ahead"],
    ["12/2046", false, false, "too_far_ahead"],
    ["12/99", false, false, "too_far_ahead"],
    ["12/27/1", false, false, "invalid_format"],
    ["123/27", false, false, "invalid_format"],
    ["1227000", false, false, "invalid_format"],
    ["12/20266", false, false, "invalid_format"],
    ["12.27", false, false, "invalid_characters"],
    ["ab/cd", false, false, "invalid_characters"],
    ["12/\u200b27", false, false, "invalid_characters"],
    [null, false, false, "required"],
    [1227, false, false, "invalid_type"],
    [[12, 27], false, false, "invalid_type"],
    [{ month: 13, year: 2027 }, false, false, "invalid_month"],
    [{ month: "", year: 2027 }, false, false, "invalid_month"],
    [{ month: 3, year: 202 }, false, false, "invalid_year"],
    [{ month: 3 }, false, false, "invalid_year"],
    [{}, false, false, "required"],
    [{ month: 3.5, year: 2027 }, false, false, "invalid_characters"],
    [{ month: "3a", year: 2027 }, false, false, "invalid_characters"],
    [{ month: true, year: 2027 }, false, false, "invalid_type"],
    [{ month: 2, year: 2026 }, false, false, "expired"],
  ])("%j -> valid %s, potentially %s, %s", (input, valid, potentially, code) => {
    const result = validateExpiry(input, { now });
    expect([result.isValid, result.isPotentiallyValid]).toEqual([valid, potentially]);
    expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it("keeps a two-digit year that may still grow into a four-digit one potentially valid", () => {
    // "12/20" is December 2020 (expired), but the person may be typing "12/2027".
    const typing = validateExpiry("12/20", { now });
    expect([typing.isValid, typing.isPotentiallyValid]).toEqual([false, true]);
    expect(typing.issues[0]?.code).toBe("expired");
    expect([typing.month, typing.year]).toEqual([12, 2020]);
    // Not once the text is finished with a separator, nor for an object.
    expect(validateExpiry("12/20 ", { now }).isPotentiallyValid).toBe(false);
    expect(validateExpiry({ month: 12, year: 20 }, { now }).isPotentiallyValid).toBe(false);
  });

  it("reports month and year of a complete date even when it is expired", () => {
    const result = validateExpiry("02/26", { now });
    expect([result.month, result.year]).toEqual([2, 2026]);
    expect(validateExpiry("12/", { now })).toMatchObject({ month: null, year: null });
  });
});

describe("validateExpiry policy: valid through the month, expired once it ends in UTC-12", () => {
  it.each([
    ["2026-03-01T00:00:00Z", true],
    ["2026-03-31T23:59:59Z", true],
    ["2026-03-31T23:59:00-12:00", true],
    ["2026-03-31T23:59:00+14:00", true],
    ["2026-03-31T23:59:00-05:00", true],
    ["2026-04-01T00:30:00Z", true],
    ["2026-04-01T11:59:59.999Z", true],
    ["2026-04-01T12:00:00Z", false],
    ["2026-04-01T00:00:00-12:00", false],
    ["2026-04-01T09:00:00+09:00", true],
    ["2026-04-02T00:00:00+14:00", true],
    ["2026-04-15T00:00:00Z", false],
    ["2025-12-31T23:00:00Z", true],
  ])("03/26 at %s is valid: %s", (at, valid) => {
    const result = validateExpiry("03/26", { now: new Date(at) });
    expect(result.isValid).toBe(valid);
    expect(result.issues.map((i) => i.code)).toEqual(valid ? [] : ["expired"]);
  });

  it.each([
    ["12/26", "2026-12-31T12:00:00Z", true],
    ["12/26", "2027-01-01T11:59:00Z", true],
    ["12/26", "2027-01-01T12:00:00Z", false],
    ["01/27", "2026-12-31T23:00:00Z", true],
    ["02/28", "2028-02-29T23:59:00Z", true],
    ["02/28", "2028-03-01T12:00:00Z", false],
  ])("%s at %s is valid: %s", (input, at, valid) => {
    expect(validateExpiry(input, { now: new Date(at) }).isValid).toBe(valid);
  });
});

describe("validateExpiry options", () => {
  it("reads `now` from a function, once per call", () => {
    let calls = 0;
    const clock = () => {
      calls++;
      return now;
    };
    expect(validateExpiry("03/26", { now: clock }).isValid).toBe(true);
    expect(calls).toBe(1);
  });

  it("reads the clock when no `now` is given", () => {
    expect(validateExpiry("01/20").issues[0]?.code).toBe("expired");
    expect(validateExpiry("12/2099").issues[0]?.code).toBe("too_far_ahead");
  });

  it.each([
    [19, "03/45", true],
    [19, "03/46", false],
    [5, "03/31", true],
    [5, "03/32", false],
    [0, "12/26", true],
    [0, "01/27", false],
  ])("maxYearsAhead %i: %s valid %s", (maxYearsAhead, input, valid) => {
    const result = validateExpiry(input, { now, maxYearsAhead });
    expect(result.isValid).toBe(valid);
    if (!valid) expect(result.issues[0]?.params.maxYearsAhead).toBe(maxYearsAhead);
  });

  it("defaults maxYearsAhead to 19", () => {
    expect(DEFAULT_MAX_YEARS_AHEAD).toBe(19);
    expect(validateExpiry("12/2045", { now }).isValid).toBe(true);
    expect(validateExpiry("01/2046", { now }).isValid).toBe(false);
  });

  it("reads two-digit years in the century of now", () => {
    const in2099 = new Date("2099-06-15T00:00:00Z");
    expect(validateExpiry("12/99", { now: in2099 })).toMatchObject({ isValid: true, year: 2099 });
    expect(validateExpiry("01/05", { now: in2099 }).issues[0]?.code).toBe("expired");
  });

  it("falls back to the clock for an invalid `now` instead of accepting everything", () => {
    expect(validateExpiry("01/20", { now: new Date(Number.NaN) }).isValid).toBe(false);
  });
});
