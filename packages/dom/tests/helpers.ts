// Test helpers: a checkout form in happy-dom, and @cardward/testing's Chromium-checked input
// simulators (key, input and clipboard events in the order Chromium fires them).
import {
  pressBackspace,
  autofill as simulateAutofill,
  paste as simulatePaste,
  typeInto,
} from "@cardward/testing";
import type { CardFieldsController, MountOptions } from "../src";
import { mountCardFields } from "../src";

/** Today, for every expiry check in these tests. */
export const NOW = () => new Date("2026-01-15T12:00:00Z");

/** A form with labelled card fields, built without innerHTML's help in sources (tests may use it). */
export function checkoutForm(extra = ""): string {
  document.body.innerHTML = `<form id="pay" method="post" action="/pay">
  <label for="number">Card number</label><input id="number" name="number" type="text">
  <label for="expiry">Expiry</label><input id="expiry" name="expiry" type="text">
  <label for="cvc">Security code</label><input id="cvc" name="cvc" type="text">
  <label for="name">Name on card</label><input id="name" name="name" type="text">
  <label for="zip">Postal code</label><input id="zip" name="zip" type="text">${extra}
  <button type="submit">Pay</button>
</form>`;
  return document.body.innerHTML;
}

/** The inputs of {@link checkoutForm}. */
export function inputs() {
  const get = (id: string) => document.getElementById(id) as HTMLInputElement;
  return {
    number: get("number"),
    expiry: get("expiry"),
    cvc: get("cvc"),
    name: get("name"),
    postalCode: get("zip"),
  };
}

/** Mounts all five fields of {@link checkoutForm}. */
export function mountAll(options: MountOptions = {}): CardFieldsController {
  const { number, expiry, cvc, name, postalCode } = inputs();
  return mountCardFields({ number, expiry, cvc, name, postalCode }, { now: NOW, ...options });
}

/**
 * Dispatches a cancelable `beforeinput`; when nothing cancels it, does what the browser would
 * (edit the value at the selection) and dispatches `input`.
 */
export function beforeInput(
  input: HTMLInputElement,
  inputType: string,
  data: string | null,
  dataTransfer?: DataTransfer,
): boolean {
  const init: InputEventInit = { inputType, data, bubbles: true, cancelable: true, composed: true };
  if (dataTransfer) init.dataTransfer = dataTransfer;
  const event = new InputEvent("beforeinput", init);
  const proceeded = input.dispatchEvent(event);
  if (proceeded) {
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const text = data ?? dataTransfer?.getData("text/plain") ?? "";
    const from = inputType === "deleteContentBackward" && start === end ? start - 1 : start;
    const insert = inputType.startsWith("insert") ? text : "";
    input.value = input.value.slice(0, Math.max(0, from)) + insert + input.value.slice(end);
    input.setSelectionRange(from + insert.length, from + insert.length);
    input.dispatchEvent(new InputEvent("input", { inputType, data, bubbles: true }));
  }
  return !proceeded;
}

/**
 * Types `text` character by character at the caret, focusing the input first: the key, input and
 * text events Chromium fires (`@cardward/testing`'s simulator).
 */
export function type(input: HTMLInputElement, text: string): void {
  typeInto(input, text);
}

/** Pastes `text` as Chromium does (`text/plain` in `dataTransfer`, Ctrl+V's key events). */
export function paste(input: HTMLInputElement, text: string): void {
  simulatePaste(input, text);
}

/** Presses Backspace: `keydown`, then (unless cancelled) `beforeinput`, the edit and `input`. */
export function backspace(input: HTMLInputElement): void {
  pressBackspace(input);
}

/** Autofill as Chromium does it: the value set, then `input` and `change`, with no `beforeinput`. */
export function autofill(input: HTMLInputElement, value: string): void {
  simulateAutofill(input, value);
}

/** Moves focus away from every field, as tabbing out does. */
export function blurAll(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}
