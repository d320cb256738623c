import { CardwardError, en, type Locale } from "@cardward/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { blurAll, checkoutForm, inputs, mountAll, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

function fill(card = mountAll()) {
  const { number, expiry, cvc, name, postalCode } = inputs();
  type(number, "4242424242424242");
  type(expiry, "1230");
  type(cvc, "123");
  type(name, "Ada Lovelace");
  type(postalCode, "SW1A 1AA");
  blurAll();
  return card;
}

describe("getState and subscribe", () => {
  it("starts with every field empty, untouched and not valid", () => {
    checkoutForm();
    const card = mountAll();
    const state = card.getState();
    for (const field of [state.number, state.expiry, state.cvc, state.name, state.postalCode]) {
      expect(field).toMatchObject({
        empty: true,
        touched: false,
        focused: false,
        isValid: false,
        error: null,
      });
    }
    expect(state).toMatchObject({ brand: null, isValid: false, cvcRevealed: false });
    card.destroy();
  });

  it("returns the same object until something changes, and shares unchanged fields", () => {
    checkoutForm();
    const card = mountAll();
    const first = card.getState();
    expect(card.getState()).toBe(first);
    type(inputs().number, "4");
    const second = card.getState();
    expect(second).not.toBe(first);
    expect(second.expiry).toBe(first.expiry);
    expect(second.number).not.toBe(first.number);
    card.destroy();
  });

  it("tells subscribers about changes only, until they unsubscribe", () => {
    checkoutForm();
    const card = mountAll();
    const listener = vi.fn();
    const unsubscribe = card.subscribe(listener);
    type(inputs().number, "42");
    expect(listener).toHaveBeenLastCalledWith(card.getState());
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(2);
    card.validate();
    card.validate();
    expect(listener).toHaveBeenCalledTimes(calls + 1);
    unsubscribe();
    type(inputs().number, "4");
    expect(listener).toHaveBeenCalledTimes(calls + 1);
    card.destroy();
  });

  it("tracks focus and touches on blur", () => {
    checkoutForm();
    const card = mountAll();
    inputs().number.focus();
    expect(card.getState().number).toMatchObject({ focused: true, touched: false });
    inputs().expiry.focus();
    expect(card.getState().number).toMatchObject({ focused: false, touched: true });
    expect(card.getState().expiry.focused).toBe(true);
    card.destroy();
  });
});

describe("validate, collect, clear, focus", () => {
  it("validate() touches every field and answers the card's validity", () => {
    checkoutForm();
    const card = mountAll();
    expect(card.validate()).toBe(false);
    expect(card.getState().cvc.touched).toBe(true);
    expect(card.getState().cvc.error?.code).toBe("required");
    card.destroy();
  });

  it("collect() returns the card", () => {
    checkoutForm();
    const card = fill();
    const { cvc, ...rest } = card.collect();
    expect(rest).toEqual({
      number: "4242424242424242",
      expiry: { month: 12, year: 2030 },
      brand: "visa",
      name: "Ada Lovelace",
      postalCode: "SW1A 1AA",
    });
    expect(cvc.reveal()).toBe("123");
    card.destroy();
  });

  it("collect() throws invalid_card with each invalid field's codes and no values", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().number, "4242424242424241");
    type(inputs().cvc, "12");
    let error: unknown;
    try {
      card.collect();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CardwardError);
    const { code, fields, message } = error as CardwardError;
    expect(code).toBe("invalid_card");
    expect(fields.number).toContain("luhn");
    expect(fields.expiry).toEqual(["required"]);
    expect(fields.cvc?.length).toBeGreaterThan(0);
    expect(`${message}${JSON.stringify(fields)}`).not.toMatch(/\d/);
    card.destroy();
  });

  it("clear() empties every field and resets touched", () => {
    checkoutForm();
    const card = fill();
    card.clear();
    expect(Object.values(inputs()).map((input) => input.value)).toEqual(["", "", "", "", ""]);
    expect(card.getState()).toMatchObject({ brand: null, isValid: false });
    expect(card.getState().number).toMatchObject({ empty: true, touched: false, error: null });
    expect(inputs().number.hasAttribute("aria-invalid")).toBe(false);
    card.destroy();
  });

  it.each(["number", "expiry", "cvc", "name", "postalCode"] as const)("focus(%s)", (field) => {
    checkoutForm();
    const card = mountAll();
    card.focus(field);
    expect(document.activeElement).toBe(inputs()[field]);
    card.destroy();
  });
});

describe("setOptions", () => {
  it("acceptedBrands turns a brand away", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().number, "4242424242424242");
    expect(card.getState().number.isValid).toBe(true);
    card.setOptions({ acceptedBrands: ["mastercard"] });
    expect(card.getState().number.issues.map((issue) => issue.code)).toContain("unsupported_brand");
    card.destroy();
  });

  it("locale changes the messages", () => {
    checkoutForm();
    const card = mountAll();
    card.validate();
    const shouting: Locale = {
      ...en,
      tag: "en-x-shout",
      messages: { ...en.messages, required: () => "REQUIRED" },
    };
    card.setOptions({ locale: shouting });
    expect(card.getState().number.error?.message).toBe("REQUIRED");
    const errorId = inputs().number.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(errorId)?.textContent).toBe("REQUIRED");
    card.destroy();
  });

  it("rejects options of the wrong shape", () => {
    checkoutForm();
    const card = mountAll();
    expect(() => card.setOptions({ locale: {} as Locale })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    card.destroy();
  });
});

describe("destroy", () => {
  it("is idempotent, and the controller refuses work afterwards", () => {
    checkoutForm();
    const card = mountAll();
    card.destroy();
    card.destroy();
    for (const call of [
      () => card.validate(),
      () => card.clear(),
      () => card.focus("number"),
      () => card.revealCvc(true),
      () => card.setOptions({}),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: "destroyed" }));
    }
    expect(card.getState().number.empty).toBe(true);
    type(inputs().number, "42");
    expect(inputs().number.value).toBe("42");
  });
});
