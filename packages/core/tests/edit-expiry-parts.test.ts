// Issue 15: the split month and year inputs (cc-exp-month, cc-exp-year) have edit models of their
// own in core.
import { describe, expect, it } from "vitest";
import { commitExpiryMonth, editExpiryMonth, editExpiryYear } from "../src/edit/expiry-parts";
import type { Edit, FieldState } from "../src/edit/types";
import { backspace, del, field, paste, replace, show, type } from "./edit-notation";

const now = new Date("2026-03-15T12:00:00Z");

function run(edit: typeof editExpiryMonth, before: string, edits: Edit[], options = {}): string {
  let state: FieldState = field(before);
  for (const e of edits) state = edit(state, e, options);
  return show(state);
}
const typing = (text: string): Edit[] => [...text].map((ch) => type(ch));

describe("editExpiryMonth", () => {
  it.each([
    ["|", typing("1"), "1|"],
    ["|", typing("12"), "12|"],
    ["|", typing("5"), "05|"],
    ["|", typing("13"), "1|"],
    ["|", typing("1/"), "01|"],
    ["|", typing("00"), "00|"],
    ["12|", typing("1"), "12|"],
    ["1|2", [backspace], "|2"],
    ["|12", [del], "|2"],
    ["|2", typing("1"), "1|2"],
    ["|2", typing("3"), "|2"],
    ["[12]", typing("7"), "07|"],
    ["|", [paste("11")], "11|"],
    ["|", [replace("09")], "09|"],
    ["|", typing("a"), "|"],
  ])("%s %o -> %s", (before, edits, after) => {
    expect(run(editExpiryMonth, before, edits)).toBe(after);
  });

  it.each([
    ["", false, true, false],
    ["0", false, true, false],
    ["1", true, true, false],
    ["12", true, true, true],
    ["00", false, false, false],
  ])("month %j: valid %s, potentially %s, complete %s", (digits, valid, potentially, complete) => {
    const r = editExpiryMonth(field(`${digits}|`), {
      kind: "input",
      inputType: "formatBold",
      data: null,
    });
    expect([r.status.isValid, r.status.isPotentiallyValid, r.complete]).toEqual([
      valid,
      potentially,
      complete,
    ]);
  });

  it.each([
    ["1|", "01|", 1],
    ["|1", "0|1", 1],
    ["0|", "0|", null],
    ["12|", "12|", 12],
    ["|", "|", null],
  ])("commits %s as %s", (before, after, value) => {
    const r = commitExpiryMonth(field(before));
    expect(show(r)).toBe(after);
    expect(r.status.value).toBe(value);
  });
});

describe("editExpiryYear", () => {
  it.each([
    ["|", typing("30"), {}, "30|"],
    ["|", typing("2030"), {}, "30|"],
    ["|", typing("203"), {}, "203|"],
    ["|", typing("304"), {}, "30|"],
    ["|", [paste("2030")], {}, "30|"],
    ["|", typing("2030"), { format: "MM / YYYY" }, "2030|"],
    ["|", typing("30"), { format: "MM / YYYY" }, "30|"],
    ["|", typing("30451"), { format: "MM / YYYY" }, "3045|"],
    ["3|0", [backspace], {}, "|0"],
    ["|", typing("3/0"), {}, "30|"],
  ])("%s %o %o -> %s", (before, edits, options, after) => {
    expect(run(editExpiryYear, before, edits, { now, ...options })).toBe(after);
  });

  it.each([
    ["30", {}, true, 2030, true],
    ["2030", { format: "MM / YYYY" }, true, 2030, true],
    ["30", { format: "MM / YYYY" }, true, 2030, false],
    ["26", {}, true, 2026, true],
    ["25", {}, false, 2025, false],
    ["99", {}, false, 2099, false],
  ] as const)(
    "year %j %o: valid %s, value %s, complete %s",
    (digits, options, valid, value, complete) => {
      const r = editExpiryYear(
        field(`${digits}|`),
        { kind: "input", inputType: "formatBold", data: null },
        {
          now,
          ...options,
        },
      );
      expect([r.status.isValid, r.status.value, r.complete]).toEqual([valid, value, complete]);
    },
  );

  it("reports an expired year and one too far ahead", () => {
    const at = (digits: string) =>
      editExpiryYear(
        field(`${digits}|`),
        { kind: "input", inputType: "formatBold", data: null },
        { now },
      ).status.issues.map((i) => i.code);
    expect([at("25"), at("99"), at("")]).toEqual([["expired"], ["too_far_ahead"], ["required"]]);
  });
});
