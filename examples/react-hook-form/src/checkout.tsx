import { CardwardError } from "@cardward/core";
import { cvcHint } from "@cardward/dom/cvc-hint";
import { useCardFields } from "@cardward/react";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { type MouseEvent, useState } from "react";
import { flushSync } from "react-dom";
import { type FieldErrors, useForm } from "react-hook-form";
import { bindField } from "./bind-field";
import { type CheckoutValues, checkoutSchema } from "./schema";

type Field = "number" | "expiry" | "cvc" | "name" | "postalCode";

/** Keeps the focus in the security code when the Show / Hide button is pressed. */
const keepFocus = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

/** The form's errors as `{ field: message }`: cardward's messages, put there by the resolver. */
function messages(errors: FieldErrors<CheckoutValues>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([key, error]) => [key, String(error?.message ?? "")]),
  );
}

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
  // The form holds the number, expiry, name and postal code; never the security code.
  const { register, handleSubmit } = useForm<CheckoutValues>({
    resolver: standardSchemaResolver(checkoutSchema),
    // cardward moves the focus itself (below), to the first field it finds wrong.
    shouldFocusError: false,
  });
  const [result, setResult] = useState("");
  const revealed = state?.cvcRevealed ?? false;
  const show = (value: object) => flushSync(() => setResult(JSON.stringify(value, null, 2)));

  /** Collects the card; shows why not (and focuses the first field) when it is incomplete. */
  const collectOrShow = (formErrors: Record<string, string>) => {
    try {
      return collect();
    } catch (error) {
      if (!(error instanceof CardwardError)) throw error;
      show({ error: error.code, fields: error.fields, form: formErrors });
      const first = Object.keys(error.fields)[0] as Field | undefined;
      if (first) focus(first);
      return undefined;
    }
  };

  // Valid for the form: the security code comes from collect(), and only from there.
  const pay = handleSubmit(
    () => {
      const collected = collectOrShow({});
      if (!collected) return;
      // A real checkout would now send { ...collected, cvc: collected.cvc.reveal() } to its
      // payment provider over HTTPS. Shown here as JSON, the security code stays "[redacted]".
      show(collected);
      collected.cvc.wipe();
    },
    (errors) => {
      // The form's errors are cardward's messages; collect() marks every field and says which.
      const formErrors = messages(errors);
      const collected = collectOrShow(formErrors);
      if (!collected) return;
      collected.cvc.wipe();
      show({ error: "invalid_form", form: formErrors });
    },
  );

  return (
    <main className="checkout">
      <header className="checkout-header">
        <h1>Checkout</h1>
        <a href="../">All examples</a>
      </header>
      <p className="order">
        <span>React · react-hook-form · @cardward/react</span>
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
              {...bindField(register, "number", refs.number)}
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
              {...bindField(register, "expiry", refs.expiry)}
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
            {...bindField(register, "name", refs.name)}
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
            {...bindField(register, "postal", refs.postalCode)}
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
