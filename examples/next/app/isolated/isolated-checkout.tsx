"use client";
// The isolated checkout's card fields: iframes from the frame site, mounted by useIsolatedFields.
// This page only ever gets their state. Pay fetches a capture context from this app's route
// handler, the frames seal the card to the key inside it, and the card goes to the open route as
// ciphertext: the page never holds a digit of it.
import { IsolatedFieldsError } from "@cardward/isolated";
import { useIsolatedFields } from "@cardward/react";
import { type FormEvent, useState } from "react";

type Field = "number" | "expiry" | "cvc" | "name" | "postalCode";

/** Each field's container id and its error element's id. */
const FIELDS: readonly { field: Field; id: string; label: string }[] = [
  { field: "number", id: "card-number", label: "Card number" },
  { field: "expiry", id: "card-expiry", label: "Expiry date" },
  { field: "cvc", id: "card-cvc", label: "Security code" },
  { field: "name", id: "card-name", label: "Name on card" },
  { field: "postalCode", id: "card-postal", label: "Postal code" },
];

/** How much of the ciphertext the result panel shows. */
const CIPHERTEXT_SHOWN = 32;

/** Asks the route handler for a capture context for this checkout. */
async function fetchCaptureContext(): Promise<string> {
  const response = await fetch("/isolated/api/context", { cache: "no-store" });
  const body: { captureContext?: string; error?: string } = await response.json();
  if (!body.captureContext) throw new Error(`No capture context: ${body.error ?? response.status}`);
  return body.captureContext;
}

/** Sends the sealed card to the route handler that opens it; returns its JSON answer. */
async function openOnServer(ciphertext: string): Promise<unknown> {
  const response = await fetch("/isolated/api/open", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ciphertext }),
  });
  return response.json();
}

/** The isolated checkout form and its result panel. */
export function IsolatedCheckout({ frameOrigin }: { frameOrigin: string }) {
  const { refs, state, submit, focus } = useIsolatedFields({
    frameOrigin,
    placeholders: { number: "1234 1234 1234 1234", expiry: "MM / YY", cvc: "CVC" },
    style: {
      base: { color: "#101828", fontSize: "16px", fontFamily: "system-ui, sans-serif" },
      invalid: { color: "#b42318" },
      placeholder: { color: "#475467" },
    },
  });
  const [result, setResult] = useState("");

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const submitted = await submit({ captureContext: await fetchCaptureContext() });
      const server = await openOnServer(submitted.ciphertext);
      const ciphertext = `${submitted.ciphertext.slice(0, CIPHERTEXT_SHOWN)}…`;
      setResult(JSON.stringify({ page: { card: submitted.card, ciphertext }, server }, null, 2));
    } catch (error) {
      if (!(error instanceof IsolatedFieldsError)) throw error;
      setResult(JSON.stringify({ error: error.code, fields: error.fields }, null, 2));
      const first = FIELDS.find(({ field }) => field in error.fields);
      if (first) focus(first.field);
    }
  };

  return (
    <main className="checkout">
      <header className="checkout-header">
        <h1>Checkout</h1>
        <a href="/">Fields in the page</a>
      </header>
      <p className="order">
        <span>Next.js · @cardward/react · @cardward/isolated · @cardward/server</span>
        <strong>Total €42.00</strong>
      </p>

      {/* Busy until every frame answered the handshake (the state's `ready`). */}
      <form
        id="checkout"
        className="card-form cardward"
        noValidate
        aria-busy={state?.ready !== true}
        onSubmit={pay}
      >
        {FIELDS.map(({ field, id, label }) => (
          <div key={field} className="cardward-field">
            <label htmlFor={id}>{label}</label>
            <div id={id} className="card-frame" ref={refs[field]} />
            <p id={`${id}-error`} className="cardward-error">
              {state?.[field]?.error?.message ?? ""}
            </p>
          </div>
        ))}
        <p id="card-brand" className="card-brand">
          Brand: {state?.brand ?? "unknown"}
        </p>
        <button id="pay" className="pay" type="submit">
          Pay €42.00
        </button>
      </form>

      <section className="panel" aria-labelledby="result-title">
        <h2 id="result-title">What the page and the server got</h2>
        <p>
          <code>submit()</code> gives the page ciphertext and metadata; the route handler opens it
          with <code>openCard</code> and answers with the brand and last four digits only.
        </p>
        <pre id="result" aria-live="polite">
          {result}
        </pre>
      </section>

      <p className="note">
        Test card: 4242 4242 4242 4242, any future expiry, any three digits. The card fields are
        iframes on another site ({frameOrigin}); this page only ever receives their state.
      </p>
    </main>
  );
}
