import { CardwardError } from "@cardward/core";
import { type CardFieldsState, mountCardFields } from "@cardward/dom";
import { cvcHint } from "@cardward/dom/cvc-hint";
import { applyPageOptions, keepFocusOnPress } from "../../shared/page-options";
import { startCvcSpy } from "../../shared/spy";
import "@cardward/dom/theme.css";
import "../../shared/checkout.css";

applyPageOptions();

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The page has no ${selector}`);
  return found;
}

const card = mountCardFields(
  {
    number: "#card-number",
    expiry: "#card-expiry",
    cvc: "#card-cvc",
    name: "#card-name",
    postalCode: "#card-postal",
  },
  {
    // cardward writes each field's error here (once the field is left) and sets aria-invalid.
    errorElements: {
      number: "#card-number-error",
      expiry: "#card-expiry-error",
      cvc: "#card-cvc-error",
      name: "#card-name-error",
      postalCode: "#card-postal-error",
    },
    // Where the security code is for the brand, and that it is only ever asked for here.
    cvcHint: cvcHint({ element: "#card-cvc-hint" }),
  },
);

const toggle = element<HTMLButtonElement>("#cvc-toggle");
const result = element<HTMLElement>("#result");

function render(state: CardFieldsState): void {
  toggle.textContent = state.cvcRevealed ? "Hide" : "Show";
  toggle.setAttribute("aria-pressed", String(state.cvcRevealed));
}
render(card.getState());
card.subscribe(render);

keepFocusOnPress(toggle);
toggle.addEventListener("click", () => card.revealCvc(!card.getState().cvcRevealed));

element<HTMLFormElement>("#checkout").addEventListener("submit", (event) => {
  event.preventDefault();
  try {
    const collected = card.collect();
    // A real checkout would now send { ...collected, cvc: collected.cvc.reveal() } to its payment
    // provider over HTTPS. Shown here as JSON, the security code stays "[redacted]".
    result.textContent = JSON.stringify(collected, null, 2);
    collected.cvc.wipe();
  } catch (error) {
    if (!(error instanceof CardwardError)) throw error;
    result.textContent = JSON.stringify({ error: error.code, fields: error.fields }, null, 2);
    const first = Object.keys(error.fields)[0];
    if (first) card.focus(first as keyof typeof error.fields);
  }
});

startCvcSpy();
