import { describe, expect, it } from "vitest";
import { editExpiry } from "../src/edit/expiry";
import type { Edit } from "../src/edit/types";
import { backspace, del, field, input, paste, replace, show, type } from "./edit-notation";

const now = new Date("2026-03-15T12:00:00Z");
const run = (before: string, edit: Edit) => show(editExpiry(field(before), edit, { now }));

describe("editExpiry: typing", () => {
  it.each([
    ["|", "1", "1|"],
    ["|", "0", "0|"],
    ["1|", "2", "12 / |"],
    ["0|", "3", "03 / |"],
    ["|", "5", "05 / |"],
    ["|", "2", "02 / |"],
    ["1|", "3", "01 / 3|"],
    ["1|", "9", "01 / 9|"],
    ["1|", "0", "10 / |"],
    ["12 / |", "3", "12 / 3|"],
    ["12 / 3|", "0", "12 / 30|"],
    ["12 / 30|", "1", "12 / 30|"],
    ["12| / 3", "4", "12 / 4|3"],
    ["12| / 34", "5", "12| / 34"],
    ["1|", "/", "01 / |"],
    ["1|", " ", "01 / |"],
    ["0|", "/", "0|"],
    ["12 / |", "/", "12 / |"],
    ["|", "a", "|"],
    ["|", "\u0661\u0662", "12 / |"],
    ["[12 / 30]", "4", "04 / |"],
  ])("%s + type %j -> %s", (before, data, after) => {
    expect(run(before, type(data))).toBe(after);
  });
});

describe("editExpiry: deleting", () => {
  it.each([
    ["12 / |", backspace, "1|"],
    ["12 /| ", backspace, "1|"],
    ["12 / 3|", backspace, "12 / |"],
    ["05 / |", backspace, "0|"],
    ["1|", backspace, "|"],
    ["12| / 34", del, "12| / 4"],
    // Issue 15: the month is a slot, never padded behind the person's back (was "0|2 / 34").
    ["|12 / 34", del, "|2 / 34"],
    // Issue 15 (was "0|2 / 34").
    ["1|2 / 34", backspace, "|2 / 34"],
    ["12 / 34|", input("deleteWordBackward"), "12 / |"],
    // Issue 15: the year stays in its slot (it used to become March, "0|3 / 4").
    ["12 / |34", input("deleteWordBackward"), "| / 34"],
    ["12 / 34|", input("deleteSoftLineBackward"), "|"],
    ["12[ / 3]4", backspace, "12| / 4"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });
});

describe("editExpiry: paste and autofill", () => {
  it.each([
    ["|", replace("12/2030"), "12 / 30|"],
    ["|", replace("2030-12"), "12 / 30|"],
    ["|", replace("1/30"), "01 / 30|"],
    ["|", replace("03/27"), "03 / 27|"],
    ["05 / 2|", replace("12/2030"), "12 / 30|"],
    ["|", paste("12/2030"), "12 / 30|"],
    ["|", paste("2030-03"), "03 / 30|"],
    ["1|", paste("2/30"), "02 / 30|"],
    ["|", paste("1230"), "12 / 30|"],
    ["|", paste("12 / 30"), "12 / 30|"],
    ["|", paste("123045"), "12 / 30|"],
    ["|", input("insertFromDrop", "3/2031"), "03 / 31|"],
    ["12 / 3|", replace("12 / 30", 7), "12 / 30|"],
    ["12 / 30|", replace("12 / 3", 6), "12 / 3|"],
    ["12 / 3|", input("insertCompositionText", null), "12 / 3|"],
    ["12 / 3|", input("historyUndo"), "12 / 3|"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });

  it("reports the date, validity and completeness", () => {
    const r = editExpiry(field("12 / 3|"), type("0"), { now });
    expect([r.status.isValid, r.status.month, r.status.year, r.complete]).toEqual([
      true,
      12,
      2030,
      true,
    ]);
    const expired = editExpiry(field("01 / 2|"), type("5"), { now });
    expect([expired.status.isValid, expired.complete]).toEqual([false, false]);
    expect(expired.status.issues.map((i) => i.code)).toEqual(["expired"]);
    const far = editExpiry(field("01 / 9|"), type("9"), { now, maxYearsAhead: 10 });
    expect(far.status.issues.map((i) => i.code)).toEqual(["too_far_ahead"]);
    const partial = editExpiry(field("1|"), type("2"), { now });
    expect([partial.status.isPotentiallyValid, partial.complete]).toEqual([true, false]);
  });
});
