// Issue 15, "the expiry, edited in place": the month and the year are slots. One row per case the
// issue names; the comment says what the field did before.
import { describe, expect, it } from "vitest";
import { commitExpiry, type ExpiryEditOptions, editExpiry } from "../src/edit/expiry";
import type { Edit, FieldState } from "../src/edit/types";
import { formatExpiry } from "../src/format/format-expiry";
import { backspace, del, field, input, paste, replace, show, type } from "./edit-notation";

const now = new Date("2026-03-15T12:00:00Z");
const LONG: ExpiryEditOptions = { now, format: "MM / YYYY" };

/** Runs edits one after another from a state in notation; returns the last state in notation. */
function run(before: string, edits: Edit[], options: ExpiryEditOptions = { now }): string {
  let state: FieldState = field(before);
  for (const edit of edits) state = editExpiry(state, edit, options);
  return show(state);
}

/** Types `text` one character at a time. */
const typing = (text: string): Edit[] => [...text].map((ch) => type(ch));

describe("editExpiry slots: the issue's cases", () => {
  // [case, field before, edits, field after, what the field showed before issue 15]
  it.each([
    ["type 1230", "|", typing("1230"), "12 / 30|", "12 / 30|"],
    ["caret after 12, Backspace", "12| / 30", [backspace], "1| / 30", "01| / 30"],
    ["... then type 1", "12| / 30", [backspace, type("1")], "11| / 30", "01| / 30"],
    ["caret after 1, Backspace", "1|2 / 30", [backspace], "|2 / 30", "0|2 / 30"],
    ["... then type 1", "1|2 / 30", [backspace, type("1")], "1|2 / 30", "0|2 / 30"],
    ["Backspace after the separator", "12 / |30", [backspace], "1| / 30", "01| / 30"],
    ["Delete before the separator", "12| / 30", [del], "12| / 0", "12| / 0"],
    ["Delete inside the month", "1|2 / 30", [del], "1| / 30", "01| / 30"],
    ["selection across the separator, Backspace", "1[2 / 3]0", [backspace], "1| / 0", "1|0 / "],
    ["selection across the separator, type 1", "1[2 / 3]0", [type("1")], "11| / 0", "11| / 0"],
    ["type over the month", "[12] / 30", [type("0")], "0| / 30", "0|3 / 0"],
    ["type over the month, twice", "[12] / 30", typing("05"), "05| / 30", "05| / 30"],
    ["type over the year", "12 / [30]", [type("4")], "12 / 4|", "12 / 4|"],
    ["delete a whole month", "[12] / 30", [backspace], "| / 30", "0|3 / 0"],
    ["... then retype it", "[12] / 30", [backspace, ...typing("11")], "11| / 30", "01| / 30"],
  ])("%s: %s -> %s (was %s)", (_, before, edits, after) => {
    expect(run(before, edits)).toBe(after);
  });

  it.each([
    ["type 12/2030", "|", typing("12/2030"), "12 / 30|", "12 / 20|"],
    ["type 12 / 2030", "|", typing("12 / 2030"), "12 / 30|", "12 / 20|"],
    ["type 1 2030", "|", typing("1 2030"), "01 / 30|", "01 / 20|"],
    ["type 122030", "|", typing("122030"), "12 / 30|", "12 / 20|"],
    ["paste 122030", "|", [paste("122030")], "12 / 30|", "12 / 20|"],
    ["paste 12-2030", "|", [paste("12-2030")], "12 / 30|", "12 / 30|"],
    ["paste 2030-12", "|", [paste("2030-12")], "12 / 30|", "12 / 30|"],
    ["autofill 12/2030", "|", [replace("12/2030")], "12 / 30|", "12 / 30|"],
    ["a third digit of a four-digit year", "12 / 20|", [type("3")], "12 / 203|", "12 / 20|"],
    ["no third digit after a non-century", "12 / 30|", [type("1")], "12 / 30|", "12 / 30|"],
  ])("MM / YY, %s: %s -> %s (was %s)", (_, before, edits, after) => {
    expect(run(before, edits)).toBe(after);
  });

  it.each([
    ["type 12/2030", typing("12/2030"), "12 / 2030|"],
    ["type 1 2030", typing("1 2030"), "01 / 2030|"],
    ["paste 122030", [paste("122030")], "12 / 2030|"],
    ["paste 2030-12", [paste("2030-12")], "12 / 2030|"],
    // A two-digit year never becomes a four-digit one by guess.
    ["type 1230", typing("1230"), "12 / 30|"],
    ["paste 12/30", [paste("12/30")], "12 / 30|"],
  ])("MM / YYYY, %s -> %s", (_, edits, after) => {
    expect(run("|", edits, LONG)).toBe(after);
  });

  it("is complete only with the year the format shows", () => {
    const short = editExpiry(field("12 / 3|"), type("0"), { now });
    const long = editExpiry(field("12 / 203|"), type("0"), LONG);
    const twoDigits = editExpiry(field("12 / 3|"), type("0"), LONG);
    expect([short.complete, long.complete, twoDigits.complete]).toEqual([true, true, false]);
    expect([long.status.isValid, long.status.year]).toEqual([true, 2030]);
    expect(twoDigits.status.isValid).toBe(true);
  });

  it("reports a year without a month as no date yet", () => {
    const r = editExpiry(field("[12] / 30"), backspace, { now });
    expect([r.status.isValid, r.status.isPotentiallyValid, r.complete]).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe("commitExpiry: the month is padded once the person moves on", () => {
  it.each([
    // Left the field.
    ["1| / 30", "blur", "01| / 30"],
    ["1|", "blur", "01| / "],
    ["0|", "blur", "0|"],
    ["|", "blur", "|"],
    ["12 / 3|", "blur", "12 / 3|"],
    // The caret moved: padded only once it is in the year.
    ["1| / 30", "caret", "1| / 30"],
    ["1 / 3|0", "caret", "01 / 3|0"],
    ["1 / |30", "caret", "01| / 30"],
  ] as const)("%s on %s -> %s", (before, reason, after) => {
    expect(show(commitExpiry(field(before), { now, reason }))).toBe(after);
  });

  it("defaults to blur and validates the padded date", () => {
    const r = commitExpiry(field("1| / 30"), { now });
    expect([r.value, r.status.isValid, r.complete]).toEqual(["01 / 30", true, true]);
  });
});

describe("formatExpiry reads four-digit years", () => {
  it.each([
    ["122030", undefined, "12 / 30"],
    ["1 2030", undefined, "01 / 30"],
    ["12 / 2030", "MM / YYYY", "12 / 2030"],
    ["12/30", "MM / YYYY", "12 / 30"],
  ] as const)("%j (%s) -> %j", (text, format, out) => {
    expect(formatExpiry(text, format ? { now, format } : { now })).toBe(out);
  });

  it("typing a separator after a one-digit month pads it", () => {
    expect(run("1|", [input("insertText", "/")])).toBe("01 / |");
  });
});
