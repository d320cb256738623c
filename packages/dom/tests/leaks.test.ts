import { afterEach, expect, it, vi } from "vitest";
import { blurAll, checkoutForm, inputs, mountAll, paste, type } from "./helpers";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

it("never touches storage, cookies, the URL or the clipboard while a card is typed and collected", () => {
  const setItem = vi.spyOn(Storage.prototype, "setItem");
  const cookie = vi.spyOn(document, "cookie", "set");
  const writeText = vi.fn();
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const url = location.href;
  checkoutForm();
  const card = mountAll({ autoAdvance: true });
  type(inputs().number, "4242424242424242");
  type(inputs().expiry, "1230");
  type(inputs().name, "Ada Lovelace");
  type(inputs().postalCode, "SW1A 1AA");
  inputs().cvc.focus();
  paste(inputs().cvc, "123");
  blurAll();
  card.collect();
  card.destroy();
  expect(setItem).not.toHaveBeenCalled();
  expect(cookie).not.toHaveBeenCalled();
  expect(writeText).not.toHaveBeenCalled();
  expect(location.href).toBe(url);
  expect(localStorage.length + sessionStorage.length).toBe(0);
});
