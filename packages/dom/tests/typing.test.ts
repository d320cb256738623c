import { afterEach, describe, expect, it, vi } from "vitest";
import {
  autofill,
  backspace,
  beforeInput,
  checkoutForm,
  inputs,
  mountAll,
  paste,
  type,
} from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("typing goes through core's edit model", () => {
  it.each([
    ["4242424242424242", "4242 4242 4242 4242", "visa"],
    ["378282246310005", "3782 822463 10005", "american-express"],
    ["5555555555554444", "5555 5555 5555 4444", "mastercard"],
  ])("typing %s shows %s, caret at the end, brand %s", (digits, shown, brand) => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, digits);
    expect(number.value).toBe(shown);
    expect([number.selectionStart, number.selectionEnd]).toEqual([shown.length, shown.length]);
    expect(card.getState().brand).toBe(brand);
    expect(card.getState().number.isValid).toBe(true);
    card.destroy();
  });

  it("cancels every beforeinput it handles, so the browser never edits the value itself", () => {
    checkoutForm();
    const card = mountAll();
    expect(beforeInput(inputs().number, "insertText", "4")).toBe(true);
    expect(beforeInput(inputs().number, "insertText", "x")).toBe(true);
    expect(inputs().number.value).toBe("4");
    card.destroy();
  });

  it("keeps the caret where a digit is inserted in the middle", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42424242");
    number.setSelectionRange(2, 2);
    type(number, "9");
    expect(number.value).toBe("4294 2424 2");
    expect(number.selectionStart).toBe(3);
    card.destroy();
  });

  it("deletes with Backspace, over a space", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42424");
    expect(number.value).toBe("4242 4");
    backspace(number);
    expect(number.value).toBe("4242");
    card.destroy();
  });

  it("pastes text/plain with separators", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    number.focus();
    paste(number, " 4242-4242-4242-4242 ");
    expect(number.value).toBe("4242 4242 4242 4242");
    expect(number.selectionStart).toBe(19);
    card.destroy();
  });

  it("takes autofill (an input event with no beforeinput) on every field", () => {
    checkoutForm();
    const card = mountAll();
    const { number, expiry, cvc, name, postalCode } = inputs();
    autofill(number, "4242424242424242");
    autofill(expiry, "12/2030");
    autofill(cvc, "123");
    autofill(name, "Ada Lovelace");
    autofill(postalCode, "SW1A 1AA");
    expect(number.value).toBe("4242 4242 4242 4242");
    expect(cvc.value).not.toMatch(/\d/);
    const state = card.getState();
    expect(
      [state.number, state.expiry, state.cvc, state.name, state.postalCode].map((f) => f?.isValid),
    ).toEqual([true, true, true, true, true]);
    expect(state.isValid).toBe(true);
    card.destroy();
  });

  it("leaves IME composition alone and applies the text on compositionend", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    number.focus();
    number.dispatchEvent(new CompositionEvent("compositionstart", { data: "" }));
    const composing = new InputEvent("beforeinput", {
      inputType: "insertCompositionText",
      data: "４２",
      isComposing: true,
      cancelable: true,
    });
    expect(number.dispatchEvent(composing)).toBe(true);
    number.value = "４２４２４";
    number.dispatchEvent(
      new InputEvent("input", { inputType: "insertCompositionText", isComposing: true }),
    );
    expect(number.value).toBe("４２４２４");
    number.dispatchEvent(new CompositionEvent("compositionend", { data: "４２４２４" }));
    expect(number.value).toBe("4242 4");
    card.destroy();
  });

  it("runs undo itself on every field; a browser's unformatted input is made sane", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    type(number, "4242");
    number.focus();
    const undo = new InputEvent("beforeinput", { inputType: "historyUndo", cancelable: true });
    expect(number.dispatchEvent(undo)).toBe(false);
    expect(number.value).toBe("");
    // Something unformatted put in without a cancelable beforeinput: the input event makes it sane.
    number.value = "42a42 42";
    number.dispatchEvent(new InputEvent("input", { inputType: "insertReplacementText" }));
    expect(number.value).toBe("4242 42");
    type(cvc, "12");
    const cvcUndo = new InputEvent("beforeinput", { inputType: "historyUndo", cancelable: true });
    expect(cvc.dispatchEvent(cvcUndo)).toBe(false);
    expect(cvc.value).toBe("");
    card.destroy();
  });

  it("formats the expiry as the model says", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().expiry, "1230");
    expect(inputs().expiry.value).toMatch(/^12\s?\/\s?30$/);
    expect(card.getState().expiry).toMatchObject({ isValid: true, complete: true });
    card.destroy();
  });
});

describe("the brand", () => {
  it("sets data-card-brand, fires cardward:brandchange with the id only, and calls onBrandChange", () => {
    checkoutForm();
    const onBrandChange = vi.fn();
    const events: unknown[] = [];
    document.addEventListener("cardward:brandchange", (e) =>
      events.push((e as CustomEvent).detail),
    );
    const card = mountAll({ onBrandChange });
    const { number } = inputs();
    type(number, "42");
    expect(number.getAttribute("data-card-brand")).toBe("visa");
    backspace(number);
    expect(number.hasAttribute("data-card-brand")).toBe(false);
    backspace(number);
    type(number, "37");
    expect(number.getAttribute("data-card-brand")).toBe("american-express");
    expect(events).toEqual(["visa", null, "american-express"]);
    expect(onBrandChange.mock.calls).toEqual([["visa"], [null], ["american-express"]]);
    card.destroy();
    expect(number.hasAttribute("data-card-brand")).toBe(false);
  });

  it("refreshes the state before telling about a new brand (callback and event)", () => {
    checkoutForm();
    const seen: unknown[] = [];
    const card = mountAll({
      onBrandChange: (brand) => seen.push(["callback", brand, card.getState().brand]),
    });
    const { number, cvc } = inputs();
    number.addEventListener("cardward:brandchange", (e) =>
      seen.push(["event", (e as CustomEvent).detail, card.getState().brand]),
    );
    const cvcSizes: unknown[] = [];
    card.subscribe((state) => cvcSizes.push([state.brand, cvc.getAttribute("maxlength")]));
    type(number, "37");
    backspace(number);
    expect(seen).toEqual([
      ["event", "american-express", "american-express"],
      ["callback", "american-express", "american-express"],
      ["event", null, null],
      ["callback", null, null],
    ]);
    expect(cvcSizes).toContainEqual(["american-express", "4"]);
    card.destroy();
  });

  it.each([
    ["", "4", "CVC"],
    ["4242", "3", "CVV"],
    ["3782", "4", "CID"],
    ["5555", "3", "CVC"],
  ])(
    "number %s: the CVC takes maxlength %s, placeholder and name %s",
    (digits, maxlength, code) => {
      checkoutForm();
      const card = mountAll();
      type(inputs().number, digits);
      const { cvc } = inputs();
      expect(cvc.getAttribute("maxlength")).toBe(maxlength);
      expect(cvc.getAttribute("placeholder")).toBe(code);
      expect(cvc.getAttribute("aria-label")).toBe(`Security code (${code})`);
      card.destroy();
      expect(cvc.hasAttribute("aria-label")).toBe(false);
    },
  );

  it("checks the CVC again when the brand changes", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().number, "4242");
    type(inputs().cvc, "123");
    expect(card.getState().cvc.isValid).toBe(true);
    inputs().number.focus();
    inputs().number.setSelectionRange(0, 4);
    type(inputs().number, "3782");
    expect(card.getState().brand).toBe("american-express");
    expect(card.getState().cvc.isValid).toBe(false);
    expect(card.getState().cvc.issues.map((issue) => issue.code)).toContain("cvc_length");
    card.destroy();
  });
});
