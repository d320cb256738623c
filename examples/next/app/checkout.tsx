"use client";
// The checkout's card fields run in the browser. Pay calls collect(), sends its non-secret parts
// to a server action (validated there with @cardward/zod) and would send the security code to
// the payment provider only: never to this app's server.
import { CardwardError } from "@cardward/core";
import { cvcHint } from "@cardward/dom/cvc-hint";
import { useCardFields } from "@cardward/react";
import { type FormEvent, type MouseEvent, useEffect, useState } from "react";
import { applyPageOptions } from "../../shared/page-options";
import { startCvcSpy } from "../../shared/spy";
import { placeOrder } from "./actions";

type Field = "number" | "expiry" | "cvc" | "name" | "postalCode";

/** Keeps the focus in the security code when the Show / Hide button is pressed. */
const keepFocus = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

/** The checkout form, its result panel and the "other scripts" panel. */
export function Checkout() {
  const { refs, state, collect, focus, revealCvc } = useCardFields({
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
  });
  const [result, setResult] = useState("");
  const [server, setServer] = useState("");
  const revealed = state?.cvcRevealed ?? false;

  useEffect(() => {
    applyPageOptions();
    startCvcSpy();
  }, []);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const collected = collect();
      // Shown here as JSON, the security code stays "[redacted]".
      setResult(JSON.stringify(collected, null, 2));
      // The server action gets the non-secret parts only. A real checkout sends
      // collected.cvc.reveal() to its payment provider over HTTPS, then wipes it.
      const { cvc, brand, ...order } = collected;
      cvc.wipe();
      setServer(JSON.stringify(await placeOrder(order), null, 2));
    } catch (error) {
      if (!(error instanceof CardwardError)) throw error;
      setResult(JSON.stringify({ error: error.code, fields: error.fields }, null, 2));
      setServer("");
      const first = Object.keys(error.fields)[0] as Field | undefined;
      if (first) focus(first);
    }
  };

  return (
    <main className="checkout">
      <header className="checkout-header">
        <h1>Checkout</h1>
        <a href="/">Home</a>
      </header>
      <p className="order">
        <span>Next.js · @cardward/react · @cardward/zod</span>
        <strong>Total €42.00</strong>
      </p>

      <form id="checkout" className="card-form cardward" method="post" noValidate onSubmit={pay}>
        {/* No `name` on the number, expiry and CVC: React re-sets a `name` prop on every render,
            which would undo cardward's removal and let a native submit post the card. */}
        <div className="cardward-field">
          <label htmlFor="card-number">Card number</label>
          <div className="cardward-control">
            <input
              id="card-number"
              type="text"
              placeholder="1234 1234 1234 1234"
              aria-describedby="card-number-error"
              ref={refs.number}
            />
            <span id="card-brand" className="cardward-brand-mark" aria-hidden="true" />
          </div>
          <p id="card-number-error" className="cardward-error" />
        </div>

        <div className="cardward-row">
          <div className="cardward-field">
            <label htmlFor="card-expiry">Expiry date</label>
            <input
              id="card-expiry"
              type="text"
              placeholder="MM / YY"
              aria-describedby="card-expiry-error"
              ref={refs.expiry}
            />
            <p id="card-expiry-error" className="cardward-error" />
          </div>
          <div className="cardward-field">
            <label htmlFor="card-cvc">Security code</label>
            <div className="cardward-control">
              <input
                id="card-cvc"
                type="text"
                placeholder="CVC"
                aria-describedby="card-cvc-error"
                ref={refs.cvc}
              />
              <button
                id="cvc-toggle"
                className="cardward-reveal"
                type="button"
                aria-controls="card-cvc"
                aria-pressed={revealed}
                onMouseDown={keepFocus}
                onClick={() => revealCvc(!revealed)}
              >
                {revealed ? "Hide" : "Show"}
              </button>
            </div>
            <p id="card-cvc-error" className="cardward-error" />
          </div>
        </div>
        <p id="card-cvc-hint" className="cardward-hint" />

        <div className="cardward-field">
          <label htmlFor="card-name">Name on card</label>
          <input
            id="card-name"
            name="name"
            type="text"
            aria-describedby="card-name-error"
            ref={refs.name}
          />
          <p id="card-name-error" className="cardward-error" />
        </div>

        <div className="cardward-field">
          <label htmlFor="card-postal">Postal code</label>
          <input
            id="card-postal"
            name="postal"
            type="text"
            aria-describedby="card-postal-error"
            ref={refs.postalCode}
          />
          <p id="card-postal-error" className="cardward-error" />
        </div>

        <button id="pay" className="pay" type="submit">
          Pay €42.00
        </button>
      </form>

      <section className="panel" aria-labelledby="result-title">
        <h2 id="result-title">What would go to the payment provider</h2>
        <p>
          <code>JSON.stringify(collect())</code>: the security code cannot leak into it.
        </p>
        <pre id="result" aria-live="polite">
          {result}
        </pre>
      </section>

      <section className="panel" aria-labelledby="server-title">
        <h2 id="server-title">What the server action answered</h2>
        <p>
          <code>placeOrder(order)</code> validates the number and expiry with @cardward/zod; it
          never receives the security code.
        </p>
        <pre id="server-result" aria-live="polite">
          {server}
        </pre>
      </section>

      <section className="panel" aria-labelledby="spy-title">
        <h2 id="spy-title">What any other script on this page reads</h2>
        <p>
          <code>document.querySelector("#card-cvc").value</code> is
        </p>
        <p className="spy-line">
          <output id="cvc-spy" />
        </p>
        <p>
          and a native form submit would post the fields named <output id="form-spy" />.
        </p>
      </section>

      <p className="note">
        Test card: 4242 4242 4242 4242, any future expiry, any three digits. Nothing is sent
        anywhere. Scripts in the same page can still listen to keystrokes: only a cross-origin
        iframe isolates card fields.
      </p>
    </main>
  );
}
