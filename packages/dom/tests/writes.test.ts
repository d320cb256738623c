// Each keystroke writes to the page only what changed: the value when it differs, the selection
// when the browser's differs, attributes, error text and the live region when they change.
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { backspace, beforeInput, blurAll, checkoutForm, inputs, mountAll, type } from "./helpers";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

/**
 * Counts writes to `input.value` from now on: the binding writes through the prototype's setter
 * (as the browser does when a person types, so React's own-property tracker sees nothing).
 */
function countValueWrites(input: HTMLInputElement) {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
  const writes: string[] = [];
  Object.defineProperty(HTMLInputElement.prototype, "value", {
    configurable: true,
    get() {
      return descriptor?.get?.call(this);
    },
    set(value: string) {
      if (this === input) writes.push(value);
      descriptor?.set?.call(this, value);
    },
  });
  onTestFinished(() => {
    if (descriptor) Object.defineProperty(HTMLInputElement.prototype, "value", descriptor);
  });
  return writes;
}

/** Records every attribute change on `element` from now on. */
function watchAttributes(element: Element) {
  const setAttribute = vi.spyOn(element, "setAttribute");
  const removeAttribute = vi.spyOn(element, "removeAttribute");
  return () => [
    ...setAttribute.mock.calls.map(([name]) => `set ${name}`),
    ...removeAttribute.mock.calls.map(([name]) => `remove ${name}`),
  ];
}

describe("the value and the selection", () => {
  it("are not written when an edit leaves the value as it is", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "4242");
    const writes = countValueWrites(number);
    const setSelectionRange = vi.spyOn(number, "setSelectionRange");
    expect(beforeInput(number, "insertText", "x")).toBe(true);
    expect(number.value).toBe("4242");
    expect(writes).toEqual([]);
    expect(setSelectionRange).not.toHaveBeenCalled();
    type(number, "4");
    expect(writes).toEqual(["4242 4"]);
    card.destroy();
  });

  it("moves the selection only when the browser's differs from the model's", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42424242");
    const setSelectionRange = vi.spyOn(number, "setSelectionRange");
    type(number, "4");
    expect([number.selectionStart, number.selectionEnd]).toEqual([11, 11]);
    const atEnd = setSelectionRange.mock.calls.length;
    number.setSelectionRange(2, 2);
    setSelectionRange.mockClear();
    type(number, "9");
    expect(number.value).toBe("4294 2424 24");
    expect(setSelectionRange).toHaveBeenCalledWith(3, 3);
    expect(number.selectionStart).toBe(3);
    // Typing at the end, where writing the value leaves the caret, needs no call.
    expect(atEnd).toBe(0);
    card.destroy();
  });
});

describe("attributes, error text and the live region", () => {
  it("are left alone while typing changes none of them", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    type(number, "42");
    const region = document.querySelector('[aria-live="polite"]') as HTMLElement;
    const numberChanges = watchAttributes(number);
    const cvcChanges = watchAttributes(cvc);
    const regionWrites = vi.fn();
    const observer = new MutationObserver(regionWrites);
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    type(number, "4242424242");
    backspace(number);
    type(number, "4");
    expect(numberChanges()).toEqual([]);
    expect(cvcChanges()).toEqual([]);
    expect(regionWrites).not.toHaveBeenCalled();
    observer.disconnect();
    card.destroy();
  });

  it("change with the brand: data-card-brand and the CVC's attributes, once each", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    const numberChanges = watchAttributes(number);
    const cvcChanges = watchAttributes(cvc);
    type(number, "3782");
    expect(numberChanges()).toEqual(["set data-card-brand"]);
    expect(cvcChanges().sort()).toEqual(["set aria-label", "set placeholder"]);
    card.destroy();
  });

  it("write an error once when it shows and once when it goes", () => {
    checkoutForm();
    const card = mountAll();
    const { number, expiry } = inputs();
    type(number, "4242");
    const changes = watchAttributes(number);
    blurAll();
    expect(changes()).toEqual(["set aria-invalid"]);
    number.focus();
    blurAll();
    expect(changes()).toEqual(["set aria-invalid"]);
    type(number, "424242424242");
    // data-card-valid: the theme's complete state, written once as the number becomes valid.
    expect(changes()).toEqual(["set aria-invalid", "set data-card-valid", "remove aria-invalid"]);
    expiry.focus();
    expect(changes()).toHaveLength(3);
    card.destroy();
  });

  it("tell subscribers nothing when an edit changes nothing they see", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42");
    const listener = vi.fn();
    card.subscribe(listener);
    const state = card.getState();
    // Once at once with the current state (issue 18), then only for what they see change.
    expect(listener.mock.calls).toEqual([[state]]);
    listener.mockClear();
    beforeInput(number, "insertText", "x");
    type(number, "4");
    expect(listener).not.toHaveBeenCalled();
    expect(card.getState()).toBe(state);
    card.destroy();
  });
});
