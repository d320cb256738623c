// Issue 15, "the expiry, edited in place": the month and the year are slots. One row per case the
// issue names; the comment says what the field did before.
import fc from "fast-check";
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

/** Splits a shown expiry into its month and year digits. */
function slotsOf(value: string): { month: string; year: string } {
  const [month = "", year = ""] = value.split("/");
  return { month: month.replace(/\D/g, ""), year: year.replace(/\D/g, "") };
}

const MONTHS = ["", ..."0123456789", "01", "02", "09", "10", "11", "12"];
const digits = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength });
const FORMATS = [{ now }, LONG];
const ANY_EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("input" as const),
    inputType: fc.constantFrom(
      "insertText",
      "insertFromPaste",
      "deleteContentBackward",
      "deleteContentForward",
      "deleteWordBackward",
      "deleteWordForward",
      "deleteByCut",
      "deleteSoftLineBackward",
      "historyUndo",
    ),
    data: fc.option(fc.string({ unit: fc.constantFrom(..."0123456789/ -a\u0663"), maxLength: 8 }), {
      nil: null,
    }),
  }),
  fc.record({ kind: fc.constant("replace" as const), value: fc.string({ maxLength: 12 }) }),
);

describe("editExpiry slot properties", { timeout: 60_000 }, () => {
  it("never throws; the selection is inside the value, in order; both formats", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .record({ month: fc.constantFrom(...MONTHS), year: digits(4) })
            .map(({ month, year }) => (year ? `${month} / ${year}` : month)),
          fc.string({ maxLength: 14 }),
        ),
        fc.integer({ min: -3, max: 20 }),
        fc.integer({ min: -3, max: 20 }),
        ANY_EDIT,
        fc.constantFrom(...FORMATS),
        (value, a, b, edit, options) => {
          const r = editExpiry({ value, selectionStart: a, selectionEnd: b }, edit, options);
          const c = commitExpiry(r, options);
          return [r, c].every(
            (s) =>
              0 <= s.selectionStart &&
              s.selectionStart <= s.selectionEnd &&
              s.selectionEnd <= s.value.length,
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("an edit inside the month leaves the year's digits as they were", () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...MONTHS.filter((m) => m.length > 0)),
        digits(2),
        fc.nat(2),
        fc.nat(2),
        fc.constantFrom("backspace", "delete", "type"),
        fc.constantFrom(..."0123456789"),
        (month, year, i, j, kind, digit) => {
          const shown = year ? `${month} / ${year}` : month;
          // A selection within the month's digits; Backspace needs a digit before it, Delete one
          // after it, and typing goes into the month (not at its end, where a full month passes
          // the digit on).
          const a = Math.min(i, j, month.length);
          const b = Math.min(Math.max(i, j), month.length);
          if (kind === "backspace" && b === 0) return true;
          if (kind === "delete" && a === b && a >= month.length) return true;
          if (kind === "type" && b >= month.length) return true;
          const edit = kind === "backspace" ? backspace : kind === "delete" ? del : type(digit);
          const r = editExpiry({ value: shown, selectionStart: a, selectionEnd: b }, edit, { now });
          reached++;
          return slotsOf(r.value).year === year;
        },
      ),
      { numRuns: 5_000 },
    );
    expect(reached).toBeGreaterThan(1_000);
  });

  it("an edit inside the year leaves the month's digits (padded at most)", () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...MONTHS),
        digits(2).filter((y) => y.length > 0),
        fc.nat(2),
        fc.nat(2),
        fc.constantFrom("backspace", "delete", "type"),
        fc.constantFrom(..."0123456789"),
        (month, year, i, j, kind, digit) => {
          const shown = `${month} / ${year}`;
          const yearStart = month.length + 3;
          const a = Math.min(i, j, year.length);
          const b = Math.min(Math.max(i, j), year.length);
          if (kind === "backspace" && b === 0) return true;
          if (kind === "delete" && a === b && a >= year.length) return true;
          const edit = kind === "backspace" ? backspace : kind === "delete" ? del : type(digit);
          const state = {
            value: shown,
            selectionStart: yearStart + a,
            selectionEnd: yearStart + b,
          };
          const r = editExpiry(state, edit, { now });
          reached++;
          const after = slotsOf(r.value).month;
          return after === month || after === `0${month}`;
        },
      ),
      { numRuns: 5_000 },
    );
    expect(reached).toBeGreaterThan(1_000);
  });

  it("a four-digit year typed or pasted ends alike, shown short or long", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(...FORMATS),
        (m, y, options) => {
          const mm = String(m).padStart(2, "0");
          const yyyy = String(y);
          const typed = [`${mm}/${yyyy}`, `${mm} / ${yyyy}`, `${mm}${yyyy}`];
          if (m < 10) typed.push(`${m} ${yyyy}`);
          const pasted = [...typed, `${mm}-${yyyy}`, `${yyyy}-${mm}`];
          const want = `${mm} / ${options.format ? yyyy : yyyy.slice(2)}|`;
          const byTyping = typed.map((text) => run("|", typing(text), options));
          const byPasting = pasted.map((text) => run("|", [paste(text)], options));
          return [...byTyping, ...byPasting].every((shown) => shown === want);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
