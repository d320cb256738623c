import {
  IsolatedFieldsError,
  type IsolatedFieldsState,
  mountIsolatedFields,
} from "@cardward/isolated";
import { startSpies } from "./spy";
import "../../shared/checkout.css";
import "./isolated.css";

// The spies start first, as a skimmer injected before the checkout's own script would.
startSpies();

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The page has no ${selector}`);
  return found;
}

const FIELDS = [
  ["number", "#card-number-error"],
  ["expiry", "#card-expiry-error"],
  ["cvc", "#card-cvc-error"],
  ["name", "#card-name-error"],
  ["postalCode", "#card-postal-error"],
] as const;

// The server tells the page where the frame site runs (its port is chosen at start).
const { frameOrigin } = (await (await fetch("./api/config")).json()) as { frameOrigin: string };

performance.mark("cardward:mount");
const card = mountIsolatedFields(
  {
    frameOrigin,
    number: "#card-number",
    expiry: "#card-expiry",
    cvc: "#card-cvc",
    name: "#card-name",
    postalCode: "#card-postal",
  },
  {
    placeholders: { number: "1234 1234 1234 1234", expiry: "MM / YY", cvc: "CVC" },
    style: {
      base: { color: "#101828", fontSize: "16px", fontFamily: "system-ui, sans-serif" },
      invalid: { color: "#b42318" },
      placeholder: { color: "#667085" },
    },
  },
);

card.ready.then(() => performance.measure("cardward:ready", "cardward:mount"));

// Handed to the browser tests and the console: the controller holds state, never digits.
Object.assign(window, { cardwardCard: card });

const brandIcon = element<HTMLElement>("#card-brand");
const result = element<HTMLElement>("#result");

function render(state: IsolatedFieldsState): void {
  brandIcon.dataset.cardBrand = state.brand ?? "unknown";
  for (const [field, selector] of FIELDS) {
    const message = state[field]?.error?.message ?? "";
    const output = element<HTMLElement>(selector);
    if (output.textContent !== message) output.textContent = message;
    output.closest(".field")?.classList.toggle("has-error", message !== "");
  }
}
render(card.getState());
card.subscribe(render);

element<HTMLFormElement>("#checkout").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const submitted = await card.submit();
    const response = await fetch("./api/open", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ciphertext: submitted.ciphertext }),
    });
    const opened = (await response.json()) as Record<string, unknown>;
    result.textContent = JSON.stringify(
      {
        page: { card: submitted.card, ciphertext: `${submitted.ciphertext.slice(0, 32)}…` },
        server: opened,
      },
      null,
      2,
    );
  } catch (error) {
    if (!(error instanceof IsolatedFieldsError)) throw error;
    result.textContent = JSON.stringify({ error: error.code, fields: error.fields }, null, 2);
    const first = Object.keys(error.fields)[0];
    if (first) card.focus(first as keyof typeof error.fields);
  }
});
