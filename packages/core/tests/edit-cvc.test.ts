import { describe, expect, it } from "vitest";
import { editCvc, emptyCvcState } from "../src/edit/cvc";
import type { CvcFieldState, Edit } from "../src/edit/types";
import { Sensitive } from "../src/sensitive";
import { backspace, del, field, input, paste, replace, show, type } from "./edit-notation";

/** A concealed state from notation over the mask plus the real digits. */
function cvc(text: string, digits: string): CvcFieldState {
  return { ...field(text), secret: new Sensitive(digits) };
}

const run = (text: string, digits: string, edit: Edit, options = {}) => {
  const r = editCvc(cvc(text, digits), edit, options);
  return [show(r), r.secret.reveal()];
};

describe("editCvc: concealment", () => {
  it.each([
    ["|", "", type("7"), "•|", "7"],
    ["•|", "7", type("3"), "••|", "73"],
    ["••|", "73", type("7"), "•••|", "737"],
    ["•••|", "737", type("1"), "••••|", "7371"],
    ["••••|", "7371", type("2"), "••••|", "7371"],
    ["•|•", "73", type("5"), "••|•", "753"],
    ["|••", "73", type("5"), "•|••", "573"],
    ["•[••]", "737", type("0"), "••|", "70"],
    ["[•••]", "737", paste("1 2 3 4"), "••••|", "1234"],
    ["••|", "73", type("a"), "••|", "73"],
    ["••|•", "737", backspace, "•|•", "77"],
    ["•|••", "737", del, "•|•", "77"],
    ["|•••", "737", backspace, "|•••", "737"],
    ["•[•]•", "737", backspace, "•|•", "77"],
    ["••|•", "737", input("deleteWordBackward"), "|•", "7"],
    ["•|••", "737", input("deleteWordForward"), "•|", "7"],
    ["•[••]", "737", input("deleteByCut"), "•|", "7"],
    ["••|", "73", input("insertCompositionText", "\uff17"), "•••|", "737"],
    ["••|", "73", input("insertCompositionText", null), "••|", "73"],
    // replace edits: the raw value mixes mask characters and the new digits
    ["••|", "73", replace("••7", 3), "•••|", "737"],
    ["•|•", "77", replace("•3•", 2), "••|•", "737"],
    ["•|•", "77", replace("•3•"), "••|•", "737"],
    ["[••]", "77", replace("12", 2), "••|", "12"],
    ["|", "", replace("737"), "•••|", "737"],
    ["•••|", "737", replace("••", 2), "••|", "73"],
    ["•[•]•", "737", replace("•5•", 2), "••|•", "757"],
    ["•••|", "737", replace("•••", 3), "•••|", "737"],
  ])("%s (%s) %o -> %s (%s)", (text, digits, edit, after, secret) => {
    expect(run(text, digits, edit)).toEqual([after, secret]);
  });

  it("never puts the digits in the value, and returns a new Sensitive", () => {
    const state = cvc("••|", "73");
    const r = editCvc(state, type("7"));
    expect(r.value).toBe("•••");
    expect(JSON.stringify(r)).not.toMatch(/737/);
    expect(String(r.secret)).toBe("[redacted]");
    expect(r.secret).not.toBe(state.secret);
    expect(state.secret.reveal()).toBe("73");
  });

  it.each([
    [{ mask: "*" }, "***|"],
    [{ mask: "7" }, "•••|"],
    [{ mask: "**" }, "•••|"],
    // One mask rule in core (isMaskChar): one visible code point, so an astral mask now works as
    // it does in maskNumber (issue 17; it used to fall back to "•" here only).
    [{ mask: "\u{1f512}" }, "\u{1f512}\u{1f512}\u{1f512}|"],
    [{ mask: " " }, "•••|"],
    [{ mask: "\u200b" }, "•••|"],
    [{ reveal: true }, "737|"],
  ])("option %o shows %s", (options, shown) => {
    expect(show(editCvc(emptyCvcState(), paste("737"), options))).toBe(shown);
  });

  it("edits a revealed field by its digits", () => {
    const r = editCvc(cvc("73|", "73"), replace("737", 3), { reveal: true });
    expect([show(r), r.secret.reveal()]).toEqual(["737|", "737"]);
  });
});

describe("editCvc: brand lengths and status", () => {
  it.each([
    ["visa", "1234", "123", true, true],
    ["american-express", "1234", "1234", true, true],
    ["american-express", "123", "123", false, false],
    [null, "1234", "1234", true, true],
    [null, "123", "123", true, false],
  ] as const)("brand %s, paste %s -> %s", (brand, pasted, kept, valid, complete) => {
    const r = editCvc(emptyCvcState(), paste(pasted), { brand });
    expect([r.secret.reveal(), r.status.isValid, r.complete]).toEqual([kept, valid, complete]);
  });

  // Issue 15: a code typed for an Amex stays when the number becomes a Visa (it used to lose its
  // fourth digit silently); the validator reports the length, and no digit goes in past it.
  it("keeps digits past a shorter brand's size and reports the length", () => {
    const r = editCvc(cvc("••••|", "1234"), input("unknown"), { brand: "visa" });
    expect([show(r), r.secret.reveal()]).toEqual(["••••|", "1234"]);
    expect(r.status.issues.map((i) => i.code)).toEqual(["cvc_length"]);
    expect([r.status.isValid, r.complete]).toEqual([false, false]);
    const more = editCvc(cvc("••••|", "1234"), type("5"), { brand: "visa" });
    expect(more.secret.reveal()).toBe("1234");
    const fewer = editCvc(cvc("••••|", "1234"), backspace, { brand: "visa" });
    expect([show(fewer), fewer.secret.reveal(), fewer.status.isValid]).toEqual([
      "•••|",
      "123",
      true,
    ]);
    expect(editCvc(cvc("|", ""), type("1"), { brand: "mastercard" }).status.codeName).toBe("CVC");
  });

  it("redraws a value out of step with the secret", () => {
    const r = editCvc(
      { value: "", selectionStart: 0, selectionEnd: 0, secret: new Sensitive("73") },
      type("7"),
    );
    expect([r.value, r.secret.reveal()]).toEqual(["•••", "773"]);
    const wiped = new Sensitive("737");
    wiped.wipe();
    const w = editCvc(
      { value: "•••", selectionStart: 3, selectionEnd: 3, secret: wiped },
      type("1"),
    );
    expect([show(w), w.secret.reveal()]).toEqual(["•|", "1"]);
  });

  it("starts from an empty state", () => {
    const s = emptyCvcState();
    expect([s.value, s.selectionStart, s.selectionEnd, s.secret.reveal()]).toEqual(["", 0, 0, ""]);
  });
});
