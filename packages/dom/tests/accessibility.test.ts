import { afterEach, describe, expect, it } from "vitest";
import { mountCardFields } from "../src";
import { blurAll, checkoutForm, inputs, mountAll, NOW, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

const errorOf = (input: HTMLInputElement) => {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ");
  return document.getElementById(ids[ids.length - 1] ?? "") as HTMLElement;
};

describe("aria-invalid and the error message", () => {
  it("stay quiet while typing and show once the field is blurred", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "4242");
    expect(number.hasAttribute("aria-invalid")).toBe(false);
    expect(errorOf(number).textContent).toBe("");
    expect(errorOf(number).hidden).toBe(true);
    blurAll();
    expect(number.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(number).textContent).toBe(card.getState().number.issues[0]?.message);
    expect(errorOf(number).hidden).toBe(false);
    type(number, "424242424242");
    expect(number.hasAttribute("aria-invalid")).toBe(false);
    expect(errorOf(number).hidden).toBe(true);
    card.destroy();
  });

  it("show at once when the value can no longer become valid", () => {
    checkoutForm();
    const card = mountAll();
    // A Mastercard has 16 digits only: a wrong check digit cannot be fixed by typing on.
    type(inputs().number, "5555555555554445");
    expect(card.getState().number.isPotentiallyValid).toBe(false);
    expect(inputs().number.getAttribute("aria-invalid")).toBe("true");
    card.destroy();
  });

  it("go into the merchant's error element when one is given", () => {
    checkoutForm('<p id="cvc-error">Existing</p>');
    const card = mountAll({ errorElements: { cvc: "#cvc-error" } });
    const { cvc } = inputs();
    expect(cvc.getAttribute("aria-describedby")).toBe("cvc-error");
    card.validate();
    const holder = document.getElementById("cvc-error") as HTMLElement;
    expect(holder.textContent).toBe(card.getState().cvc.error?.message);
    card.destroy();
    expect(holder.textContent).toBe("Existing");
    expect(cvc.hasAttribute("aria-describedby")).toBe(false);
  });

  it("are left to the merchant with errorElements: false, aria-invalid still managed", () => {
    const before = checkoutForm();
    const { number } = inputs();
    number.setAttribute("aria-describedby", "hint");
    const card = mountAll({ errorElements: false });
    type(number, "4242");
    expect(card.validate()).toBe(false);
    expect(document.querySelector(".cardward-error")).toBeNull();
    for (const field of ["number", "expiry", "cvc", "name", "postalCode"] as const) {
      expect(card.getState()[field]?.error).not.toBeNull();
      expect(inputs()[field].getAttribute("aria-invalid")).toBe("true");
      expect(inputs()[field].getAttribute("aria-describedby")).toBe(
        field === "number" ? "hint" : null,
      );
    }
    type(number, "424242424242");
    expect(number.hasAttribute("aria-invalid")).toBe(false);
    card.destroy();
    number.removeAttribute("aria-describedby");
    expect(document.body.innerHTML).toBe(before);
  });

  it("are left to the merchant for a field whose errorElements entry is false", () => {
    checkoutForm('<p id="number-error"></p>');
    const card = mountAll({ errorElements: { number: "#number-error", cvc: false } });
    card.validate();
    const { number, expiry, cvc } = inputs();
    expect(number.getAttribute("aria-describedby")).toBe("number-error");
    expect(errorOf(expiry).className).toBe("cardward-error");
    expect(errorOf(expiry).textContent).toBe(card.getState().expiry.error?.message);
    expect(cvc.hasAttribute("aria-describedby")).toBe(false);
    expect(cvc.getAttribute("aria-invalid")).toBe("true");
    expect(document.querySelectorAll(".cardward-error")).toHaveLength(3);
    card.destroy();
    expect(document.querySelectorAll(".cardward-error")).toHaveLength(0);
  });

  it("describes both month and year of a split expiry with one error", () => {
    checkoutForm('<input id="m"><input id="y">');
    const card = mountCardFields(
      { number: "#number", expiry: { month: "#m", year: "#y" }, cvc: "#cvc" },
      { now: NOW },
    );
    card.validate();
    const month = document.getElementById("m") as HTMLInputElement;
    const year = document.getElementById("y") as HTMLInputElement;
    expect(month.getAttribute("aria-describedby")).toBe(year.getAttribute("aria-describedby"));
    expect(month.getAttribute("aria-invalid")).toBe("true");
    card.destroy();
  });
});

describe("the live region", () => {
  const region = () => document.querySelector('[aria-live="polite"]') as HTMLElement;

  it("is polite, hidden by a class (no style attribute) and gone after destroy", () => {
    checkoutForm('<input id="other">');
    const sheets = document.adoptedStyleSheets.length;
    const card = mountCardFields(
      { number: "#number", expiry: "#expiry", cvc: "#cvc" },
      { now: NOW },
    );
    const again = mountCardFields({ number: "#name", expiry: "#zip", cvc: "#other" }, { now: NOW });
    expect(document.querySelectorAll(".cardward-visually-hidden[aria-live=polite]").length).toBe(2);
    expect(document.querySelector("[style]")).toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    card.destroy();
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    again.destroy();
    expect(region()).toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(sheets);
  });

  it("announces the brand and errors, in the locale's words", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().number, "37");
    expect(region().textContent).toBe("American Express");
    blurAll();
    expect(region().textContent).toContain(card.getState().number.error?.message ?? "missing");
    card.destroy();
  });

  it("uses the merchant's class without adopting a stylesheet", () => {
    checkoutForm();
    const sheets = document.adoptedStyleSheets.length;
    const card = mountAll({ visuallyHiddenClass: "sr-only" });
    expect(region().className).toBe("sr-only");
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    card.destroy();
  });
});

describe("auto-advance", () => {
  it("is off by default", () => {
    checkoutForm();
    const card = mountAll();
    type(inputs().number, "4242424242424242");
    expect(document.activeElement).toBe(inputs().number);
    card.destroy();
  });

  it("moves to the next field when one is complete and valid, and back on Backspace in an empty one", () => {
    checkoutForm();
    const card = mountAll({ autoAdvance: true });
    const { number, expiry, cvc } = inputs();
    type(number, "5555555555554443");
    expect(document.activeElement).toBe(number);
    number.setSelectionRange(18, 19);
    type(number, "4");
    expect(document.activeElement).toBe(expiry);
    type(expiry, "1230");
    expect(document.activeElement).toBe(cvc);
    const key = new KeyboardEvent("keydown", { key: "Backspace", cancelable: true });
    expect(cvc.dispatchEvent(key)).toBe(false);
    expect(document.activeElement).toBe(expiry);
    expect(expiry.selectionStart).toBe(expiry.value.length);
    card.destroy();
  });

  it.each([
    ["stays put while auto-advance is off", false, "cvc"],
    ["moves back once setOptions turns auto-advance on", true, "expiry"],
  ] as const)("Backspace in an empty field %s", (_, turnOn, focused) => {
    checkoutForm();
    const card = mountAll();
    const { cvc } = inputs();
    if (turnOn) card.setOptions({ autoAdvance: true });
    cvc.focus();
    const key = new KeyboardEvent("keydown", { key: "Backspace", cancelable: true });
    expect(cvc.dispatchEvent(key)).toBe(!turnOn);
    expect(document.activeElement).toBe(inputs()[focused]);
    card.destroy();
  });
});
