// Form libraries see the fields: after each edit a listener on the input sees what it would on a
// plain input (an `input` event with the formatted value, `change` on commit), the CVC's only mask
// characters; a test's `fireEvent.change`/`input` runs through the model; no feedback loop.
import { cut, pressDelete, selectRange } from "@cardward/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createCardFieldsBinding, mountCardFields } from "../src";
import {
  autofill,
  backspace,
  blurAll,
  checkoutForm,
  inputs,
  mountAll,
  NOW,
  paste,
  type,
} from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

/** The `input` and `change` events `input` receives, with the value its target had then. */
function listen(input: HTMLInputElement) {
  const seen: string[] = [];
  const record = (event: Event) => {
    const target = event.target as HTMLInputElement;
    seen.push(`${event.type} ${target.value}`);
  };
  input.addEventListener("input", record);
  input.addEventListener("change", record);
  return seen;
}

/** Sets a value as Testing Library's `fireEvent` does (the prototype's setter), then fires `type`. */
function fireEvent(input: HTMLInputElement, type: "input" | "change", value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
  input.dispatchEvent(new Event(type, { bubbles: true }));
}

describe("listeners on a bound input see a plain input's events", () => {
  it.each([
    ["number", "4242", ["input 4", "input 42", "input 424", "input 4242"]],
    ["expiry", "123", ["input 1", "input 12 / ", "input 12 / 3"]],
    ["cvc", "123", ["input •", "input ••", "input •••"]],
    ["name", "Al", ["input A", "input Al"]],
  ] as const)(
    "%s: one input event per keystroke, after the value is written",
    (field, text, want) => {
      checkoutForm();
      const card = mountAll();
      const input = inputs()[field];
      const seen = listen(input);
      type(input, text);
      expect(seen).toEqual(want);
      card.destroy();
    },
  );

  it("a keystroke that changes nothing sends no input event", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    const seen = listen(number);
    type(number, "x");
    expect(seen).toEqual([]);
    card.destroy();
  });

  it("change goes out when the field is left after a change, once", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    const seen = listen(number);
    const seenCvc = listen(cvc);
    type(number, "42");
    blurAll();
    number.focus();
    blurAll();
    type(cvc, "12");
    blurAll();
    expect(seen).toEqual(["input 4", "input 42", "change 42"]);
    expect(seenCvc).toEqual(["input •", "input ••", "change ••"]);
    card.destroy();
  });

  it("leaving the expiry commits the month: listeners see 01 / then change", () => {
    checkoutForm();
    const card = mountAll();
    const { expiry } = inputs();
    const seen = listen(expiry);
    type(expiry, "1");
    blurAll();
    expect(expiry.value).toBe("01 / ");
    expect(seen).toEqual(["input 1", "input 01 / ", "change 01 / "]);
    card.destroy();
  });

  it("the CVC's listeners never see a digit (typed, pasted, cut, autofilled, undone)", () => {
    checkoutForm();
    const card = mountAll();
    const { cvc } = inputs();
    const seen = listen(cvc);
    type(cvc, "12");
    paste(cvc, "3");
    selectRange(cvc, 0, 3);
    cut(cvc);
    cvc.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, cancelable: true }));
    blurAll();
    expect(seen.length).toBeGreaterThan(4);
    for (const event of seen) expect(event).not.toMatch(/\d/);
    card.destroy();
  });

  it.each([
    ["change", "4242424242424242", "4242 4242 4242 4242"],
    ["input", "4242424242424242", "4242 4242 4242 4242"],
    ["change", "12/2030", "12 / 30"],
  ] as const)("fireEvent.%s(%s) runs through the model like an autofill", (kind, value, shown) => {
    checkoutForm();
    const card = mountAll();
    const input = shown.includes("/") ? inputs().expiry : inputs().number;
    fireEvent(input, kind, value);
    expect(input.value).toBe(shown);
    const field = shown.includes("/") ? "expiry" : "number";
    expect(card.getState()[field].isValid).toBe(true);
    card.destroy();
  });

  it("an autofill's raw value is followed by an input event with the formatted one", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    const seen = listen(number);
    autofill(number, "4242424242424242");
    expect(seen).toContain("input 4242 4242 4242 4242");
    card.destroy();
  });

  it("React's value tracker (an own `value` property) sees the change when input fires", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    // React's inputValueTracking: an own property recording each value set through it.
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
    let tracked = "";
    Object.defineProperty(number, "value", {
      configurable: true,
      get: () => proto?.get?.call(number),
      set: (value: string) => {
        tracked = value;
        proto?.set?.call(number, value);
      },
    });
    const changes: string[] = [];
    number.addEventListener("input", () => {
      if (number.value !== tracked) changes.push(number.value);
      tracked = number.value;
    });
    type(number, "42");
    expect(changes).toEqual(["4", "42"]);
    card.destroy();
  });
});

describe("clear() tells listeners as an edit does", () => {
  it("each field it empties sends one input event, with the empty value; empty fields none", () => {
    checkoutForm();
    const card = mountAll();
    const { number, expiry, cvc, name, postalCode } = inputs();
    type(number, "42");
    type(cvc, "12");
    const seen = [number, expiry, cvc, name, postalCode].map(listen);
    card.clear();
    expect(seen).toEqual([["input "], [], ["input "], [], []]);
    card.destroy();
  });

  it("a listener that clears again or edits from the event causes no loop", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "4242");
    const seen = listen(number);
    number.addEventListener("input", () => card.clear());
    card.clear();
    expect(seen).toEqual(["input "]);
    expect(card.getState().number.empty).toBe(true);
    card.destroy();
  });

  it("subscribers and the input event agree: the state is empty when the event goes out", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "4242");
    const empty: boolean[] = [];
    number.addEventListener("input", () => empty.push(card.getState().number.empty));
    card.clear();
    expect(empty).toEqual([true]);
    card.destroy();
  });
});

describe("editing in place", () => {
  it("Delete at caret 5 in 4242 4242 keeps the caret at 5", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42424242");
    selectRange(number, 5);
    pressDelete(number);
    expect(number.value).toBe("4242 242");
    expect([number.selectionStart, number.selectionEnd]).toEqual([5, 5]);
    card.destroy();
  });

  it("moving the caret into the year pads a one-digit month; the year is kept", () => {
    checkoutForm();
    const card = mountAll();
    const { expiry } = inputs();
    type(expiry, "1230");
    selectRange(expiry, 2);
    backspace(expiry);
    expect(expiry.value).toMatch(/^1 \/ 30$/);
    expiry.setSelectionRange(expiry.value.length, expiry.value.length);
    expiry.dispatchEvent(new KeyboardEvent("keyup", { key: "ArrowRight", bubbles: true }));
    expect(expiry.value).toBe("01 / 30");
    card.destroy();
  });

  it.each([
    ["MM / YY", "122030", "12 / 30"],
    ["MM / YYYY", "122030", "12 / 2030"],
  ] as const)("expiryFormat %s shows a pasted four-digit year as %s", (format, text, shown) => {
    checkoutForm();
    const card = mountAll({ expiryFormat: format });
    const { expiry } = inputs();
    paste(expiry, text);
    expect(expiry.value).toBe(shown);
    expect(card.getState().expiry.isValid).toBe(true);
    card.destroy();
  });

  it("keeps a fourth CVC digit when the brand changes from Amex to Visa", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    type(number, "3782");
    type(cvc, "1234");
    selectRange(number, 0, number.value.length);
    type(number, "4242");
    expect(cvc.value).toBe("••••");
    expect(card.getState().cvc.isValid).toBe(false);
    card.destroy();
  });
});

describe("split month and year inputs run core's part models", () => {
  const mountSplit = (options = {}) => {
    document.body.innerHTML = `<form method="post"><input id="n"><input id="m"><input id="y">
      <input id="c"></form>`;
    const get = (id: string) => document.getElementById(id) as HTMLInputElement;
    const card = mountCardFields(
      { number: get("n"), expiry: { month: get("m"), year: get("y") }, cvc: get("c") },
      { now: NOW, ...options },
    );
    return { card, month: get("m"), year: get("y") };
  };

  it.each([
    ["MM / YY", "5", "2030", "05", "30"],
    ["MM / YYYY", "5", "2030", "05", "2030"],
    ["MM / YY", "12", "30", "12", "30"],
  ] as const)("%s: month %s, year %s show %s and %s", (format, m, y, shownMonth, shownYear) => {
    const { card, month, year } = mountSplit({ expiryFormat: format });
    type(month, m);
    type(year, y);
    expect([month.value, year.value]).toEqual([shownMonth, shownYear]);
    expect(card.getState().expiry.isValid).toBe(true);
    card.destroy();
  });

  it("leaving a one-digit month pads it; letters are refused", () => {
    const { card, month } = mountSplit();
    type(month, "1");
    expect(month.value).toBe("1");
    type(month, "a");
    expect(month.value).toBe("1");
    blurAll();
    expect(month.value).toBe("01");
    card.destroy();
  });
});

describe("a framework swapping one bound input", () => {
  it("keeps the other fields' errors and the security code", () => {
    checkoutForm();
    const binding = createCardFieldsBinding();
    const { number, expiry, cvc, name } = inputs();
    binding.attach.number(number);
    binding.attach.expiry(expiry);
    binding.attach.cvc(cvc);
    binding.attach.name(name);
    binding.sync({});
    type(number, "4242");
    type(cvc, "123");
    blurAll();
    expect(binding.getState()?.number.error).not.toBeNull();
    const replacement = document.createElement("input");
    name.replaceWith(replacement);
    binding.attach.name(replacement);
    binding.sync({});
    expect(binding.getState()?.number.error).not.toBeNull();
    expect(binding.getState()?.number.touched).toBe(true);
    expect(cvc.value).toBe("•••");
    expect(binding.getState()?.cvc.isValid).toBe(true);
    binding.unmount();
  });
});
