import { describe, expect, it } from "vitest";
import { editNumber } from "../src/edit/number";
import type { Edit } from "../src/edit/types";
import { backspace, del, field, input, paste, replace, show, type } from "./edit-notation";

const run = (before: string, edit: Edit) => show(editNumber(field(before), edit));

describe("editNumber: typing", () => {
  it.each([
    ["|", "4", "4|"],
    ["424|", "2", "4242|"],
    ["4242|", "4", "4242 4|"],
    ["4242 4242 4242 424|", "2", "4242 4242 4242 4242|"],
    ["4242 4242 4242 4242|", "0", "4242 4242 4242 4242 0|"],
    ["4242 4242 4242 4242 424|", "2", "4242 4242 4242 4242 424|"],
    ["42|42", "1", "421|4 2"],
    ["4242| 4242", "1", "4242 1|424 2"],
    ["4242 |4242", "1", "4242 1|424 2"],
    ["|4242", "5", "5|424 2"],
    ["42[42 42]42", "9", "429|4 2"],
    ["[4242 4242 4242 4242]", "5", "5|"],
    ["4242|", "a", "4242|"],
    ["42[42]", "x", "42[42]"],
    ["4242|", " ", "4242|"],
    ["4242|", "\u0664", "4242 4|"],
    ["4242|", "\uff14\uff12", "4242 42|"],
    ["4242|", "\u{1d7d2}", "4242 4|"],
    ["4242|", "\u200b4", "4242 4|"],
  ])("%s + type %j -> %s", (before, data, after) => {
    expect(run(before, type(data))).toBe(after);
  });
});

describe("editNumber: deleting", () => {
  it.each([
    ["4242 4|", backspace, "4242|"],
    ["4242 |4242", backspace, "424|4 242"],
    ["4242| 4242", backspace, "424|4 242"],
    ["4242| 4242", del, "4242| 242"],
    // Delete never moves the caret left (issue 15: it went to "4242| 242").
    ["4242 |4242", del, "4242 |242"],
    ["|4242", backspace, "|4242"],
    ["4242|", del, "4242|"],
    ["42[42 42]42", backspace, "42|42"],
    ["42[42 42]42", del, "42|42"],
    ["4242[ ]4242", backspace, "424|4 242"],
    ["4242[ ]4242", del, "4242| 242"],
    ["4242 4242 42|42", input("deleteWordBackward"), "4242 4242| 42"],
    ["4242 4242 |4242", input("deleteWordBackward"), "4242| 4242"],
    ["4242 4242| 4242", input("deleteWordForward"), "4242 4242|"],
    ["4242 42|42 4242", input("deleteWordForward"), "4242 42|42 42"],
    ["4242 42|42 4242", input("deleteSoftLineBackward"), "|4242 42"],
    ["4242 42|42 4242", input("deleteHardLineBackward"), "|4242 42"],
    ["4242 42|42 4242", input("deleteSoftLineForward"), "4242 42|"],
    ["4242 42|42 4242", input("deleteEntireSoftLine"), "|"],
    ["42[42 42]42", input("deleteByCut"), "42|42"],
    ["42[42 42]42", input("deleteByDrag"), "42|42"],
    ["42[42 42]42", input("deleteContent"), "42|42"],
    ["4242 4|242", input("deleteByCut"), "4242 4|242"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });
});

describe("editNumber: paste, drop, replacement text", () => {
  it.each([
    ["|", paste("4242 4242 4242 4242"), "4242 4242 4242 4242|"],
    ["|", paste("4242-4242-4242-4242"), "4242 4242 4242 4242|"],
    ["|", paste("4242424242424242"), "4242 4242 4242 4242|"],
    ["|", paste("card: 4242 42ab42"), "4242 4242|"],
    ["42|42", paste("11 11"), "4211 11|42"],
    ["42[42 42]42", input("insertFromDrop", "9 9"), "4299| 42"],
    ["42[42]", input("insertReplacementText", "00"), "4200|"],
    ["|", paste("  \u200e4242\u00a04242\t"), "4242 4242|"],
    ["|", paste("abc"), "|"],
    ["4242 4242 4242 4242 424|", paste("99"), "4242 4242 4242 4242 424|"],
    // Inserting into a full number drops the inserted excess, not the tail.
    ["3782 8224|63 10005", paste("99"), "3782 8224|63 10005"],
    ["3782 82|2463 1000", paste("99"), "3782 829|246 31000"],
    ["42|42 4242 4242 4242 424", paste("1"), "42|42 4242 4242 4242 424"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });
});

describe("editNumber: IME, autofill, undo, unknown input types", () => {
  it.each([
    ["4242|", input("insertCompositionText", "\uff14"), "4242 4|"],
    ["4242|", input("insertCompositionText", null), "4242|"],
    ["42[42]", input("insertCompositionText", null), "42[42]"],
    ["|", replace("4242424242424242"), "4242 4242 4242 4242|"],
    ["4000 0566|", replace("378282246310005"), "3782 822463 10005|"],
    ["4242 4242|", replace("4242 424", 8), "4242 424|"],
    ["4242 4|242", replace("4242 4242", 6), "4242 4|242"],
    ["4242 4|242", replace("4242 4242", 5), "4242| 4242"],
    ["4242 4|", replace("4242 41", 7), "4242 41|"],
    ["4242 |4242", replace("42424242", 4), "424|4 242"],
    ["4242 4242|", input("historyUndo"), "4242 4242|"],
    ["4242 4242|", input("formatBold"), "4242 4242|"],
    ["4242 4242|", input("somethingNew", "1"), "4242 4242|"],
    ["4242 4242|", input("insertLineBreak"), "4242 4242|"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });
});

describe("editNumber: brands, lengths and grouping", () => {
  it.each([
    // Visa 4-4-4-4 becomes Amex 4-6-5 as the prefix changes.
    ["|4242 4242 4242", input("deleteContentForward"), "|2424 2424 242"],
    ["4|", type("3"), "43|"],
    ["3|", type("4"), "34|"],
    ["3782 8224 6310 005|", backspace, "3782 822463 1000|"],
    ["|378 2822 4631 0005", type("4"), "4|378 2822 4631 0005"],
    // Removing the 4 of a 19-digit Visa leaves an Amex prefix: digits past 15 are dropped.
    ["4|378 2822 4631 0005 123", backspace, "|3782 822463 10005"],
    ["6205 5000 0000 0000 00|", type("4"), "6205 5000 0000 0000 004|"],
    ["3056 9309 0259 04|", type("9"), "3056 930902 59049|"],
  ])("%s %o -> %s", (before, edit, after) => {
    expect(run(before, edit)).toBe(after);
  });

  it("reports brand, digits, status and completeness", () => {
    const r = editNumber(field("3782 822463 1000|"), type("5"));
    expect(r.brand?.id).toBe("american-express");
    expect(r.digits).toBe("378282246310005");
    expect(r.status.isValid).toBe(true);
    expect(r.complete).toBe(true);
    const visa16 = editNumber(field("4242 4242 4242 424|"), type("2"));
    expect(visa16.status.isValid).toBe(true);
    expect(visa16.complete).toBe(true); // Visa's complete length is 16, though it may grow to 19
    const bad = editNumber(field("4242 4242 4242 424|"), type("1"));
    expect([bad.status.isValid, bad.status.isPotentiallyValid]).toEqual([false, true]);
    expect(bad.status.issues.map((i) => i.code)).toEqual(["luhn"]);
  });

  it.each([
    ["4242424242424242", "visa", true],
    ["4111111111111111", "visa", true],
    ["424242424242424", "visa", false],
    ["4242424242424241", "visa", false],
    ["378282246310005", "american-express", true],
    ["37828224631000", "american-express", false],
    ["36227206271667", "diners-club", false],
    ["3622720627166700", "diners-club", true],
    ["3056930902590409", "diners-club", false],
    ["6011111111111117", "discover", true],
    ["3566002020360505", "jcb", true],
    ["6200000000000005", "unionpay", true],
    ["5555555555554444", "mastercard", true],
    ["2200000000000004", "mir", true],
    ["6304000000000000", "maestro", true],
    ["630400000000", "maestro", false],
    ["6304000000000000000", "maestro", true],
  ])("%s (%s) is complete: %s", (digits, brand, complete) => {
    const r = editNumber(field("|"), paste(digits));
    expect(r.brand?.id).toBe(brand);
    expect(r.complete).toBe(complete);
    // Complete always means valid, and at least the brand's complete length.
    if (complete) expect([r.status.isValid, r.digits.length >= 15]).toEqual([true, true]);
  });

  it("is complete at maxLength when it cuts below the complete length", () => {
    const maestro = editNumber(field("|"), paste("6304000000000"), { maxLength: 13 });
    expect(maestro.status.isValid).toBe(true);
    expect(maestro.complete).toBe(true);
    const visa = editNumber(field("|"), paste("4242424242424242"), { maxLength: 18 });
    expect(visa.complete).toBe(true);
  });

  it("honours maxLength and acceptedBrands", () => {
    const r = editNumber(field("4242 4242 4242 4242|"), type("1"), { maxLength: 16 });
    expect(show(r)).toBe("4242 4242 4242 4242|");
    expect(r.complete).toBe(true);
    const amex = editNumber(field("|"), paste("378282246310005"), { acceptedBrands: ["visa"] });
    expect(amex.value).toBe("3782 822463 10005");
    expect(amex.status.issues.map((i) => i.code)).toEqual(["unsupported_brand"]);
  });
});

describe("editNumber: hostile states never throw", () => {
  const huge = "4".repeat(100_000);
  it.each([
    [
      "selection outside the value",
      { value: "4242", selectionStart: -5, selectionEnd: 99 },
      type("1"),
      "1|",
    ],
    [
      "selection reversed",
      { value: "4242", selectionStart: 3, selectionEnd: 1 },
      type("1"),
      "41|2",
    ],
    [
      "NaN selection",
      { value: "4242", selectionStart: Number.NaN, selectionEnd: Number.NaN },
      type("1"),
      "4242 1|",
    ],
    [
      "lone surrogates",
      { value: "4\ud8004", selectionStart: 2, selectionEnd: 2 },
      type("\udc00"),
      "4|4",
    ],
    [
      "a huge value",
      { value: huge, selectionStart: 0, selectionEnd: 0 },
      type("1"),
      "|4444 4444 4444 4444 444",
    ],
    [
      "a huge paste",
      { value: "", selectionStart: 0, selectionEnd: 0 },
      paste(huge),
      "4444 4444 4444 4444 444|",
    ],
  ])("%s", (_label, state, edit, after) => {
    expect(show(editNumber(state, edit))).toBe(after);
  });
});
