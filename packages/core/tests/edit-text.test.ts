import { describe, expect, it } from "vitest";
import { editName } from "../src/edit/name";
import { editPostalCode } from "../src/edit/postal-code";
import { backspace, field, input, paste, show, type } from "./edit-notation";

describe("editName", () => {
  it.each([
    ["|", type("A"), "A|"],
    ["Ada|", type(" Lovelace"), "Ada Lovelace|"],
    ["A|a", type("d"), "Ad|a"],
    ["|", paste("Ada\u200b Love\u202elace"), "Ada Lovelace|"],
    ["|", paste("Ada\nLovelace\t"), "Ada Lovelace |"],
    ["|", paste("Zoë O'Brien-Ñúñez"), "Zoë O'Brien-Ñúñez|"],
    ["|", paste("\ud800x\udc00"), "x|"],
    ["A|", type("\u{1f600}"), "A\u{1f600}|"],
    ["A\u{1f600}|", backspace, "A|"],
    ["Ada Love|lace", input("deleteWordBackward"), "Ada |lace"],
    ["Ada |Lovelace", input("deleteWordBackward"), "|Lovelace"],
    ["Ada| Lovelace", input("deleteWordForward"), "Ada|"],
    ["[Ada] Lovelace", type("Augusta"), "Augusta| Lovelace"],
    ["Ada|", type("\u200b"), "Ada|"],
  ])("%j %o -> %j", (before, edit, after) => {
    expect(show(editName(field(before), edit))).toBe(after);
  });

  it("caps the length where the text goes in", () => {
    const r = editName(field("Ab|cd"), paste("XYZ"), { maxLength: 6 });
    expect(show(r)).toBe("AbXY|cd");
    expect(editName(field("|"), paste("x".repeat(1_000_000))).value).toHaveLength(100);
    expect(editName(field("|"), type("Ada")).status.isValid).toBe(true);
    expect(editName(field("|"), type("4242")).status.issues[0]?.code).toBe("invalid_characters");
  });
});

describe("editPostalCode", () => {
  it.each([
    ["|", paste("sw1a 1aa"), "SW1A 1AA|"],
    ["|", paste("12345-6789"), "12345-6789|"],
    ["|", paste("12345\u20136789"), "12345-6789|"],
    ["|", paste("k1a_0b1!"), "K1A0B1|"],
    ["|", paste("\u0661\u0662\u0663\u0664\u0665"), "12345|"],
    ["|", paste("123456789012"), "1234567890|"],
    ["SW1A| 1AA", input("deleteWordBackward"), "| 1AA"],
    ["ab|", type("c"), "ABC|"],
    ["SW1A 1AA|", backspace, "SW1A 1A|"],
    ["|", type("é"), "|"],
  ])("%j %o -> %j", (before, edit, after) => {
    expect(show(editPostalCode(field(before), edit))).toBe(after);
  });

  it("validates with the validator's options", () => {
    expect(editPostalCode(field("|"), paste("12")).status.issues[0]?.code).toBe("too_short");
    expect(editPostalCode(field("|"), paste("123456"), { maxLength: 5 }).value).toBe("12345");
  });
});
