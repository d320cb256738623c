// Formik and TanStack Form with useCardFields: each gets the formatted non-secret values from the
// input events cardward dispatches, shows cardward's messages on the right field, and never holds
// the CVC (it comes only from collect()).

import { expirySchema, numberSchema } from "@cardward/core";
import { useForm } from "@tanstack/react-form";
import { act, cleanup, render } from "@testing-library/react";
import { useFormik } from "formik";
import { afterEach, describe, expect, it } from "vitest";
import { type UseCardFieldsResult, useCardFields } from "../src/index";

afterEach(cleanup);

/** Types `text` as Chromium does: a cancelable beforeinput per character. */
function typeKeys(id: string, text: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.focus();
  for (const data of text) {
    const init = { inputType: "insertText", data, bubbles: true, cancelable: true };
    act(() => {
      input.dispatchEvent(new InputEvent("beforeinput", init));
    });
  }
}

/** Leaves the focused field (blur), as Tab would. */
function leave(): void {
  act(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

const text = (id: string) => document.getElementById(id)?.textContent ?? "";
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
let card: UseCardFieldsResult | null = null;
let values: () => Record<string, unknown> = () => ({});

/** The first issue's message of a cardward Standard Schema, or undefined when valid. */
function firstIssue(schema: ReturnType<typeof numberSchema>, value: string): string | undefined {
  const result = schema["~standard"].validate(value);
  return "issues" in result && result.issues ? result.issues[0]?.message : undefined;
}

function FormikCheckout() {
  const formik = useFormik({
    initialValues: { number: "" },
    validate: ({ number }) => {
      const message = firstIssue(numberSchema(), number);
      return message ? { number: message } : {};
    },
    onSubmit: () => {},
  });
  card = useCardFields();
  values = () => ({ ...formik.values });
  return (
    <form>
      <input id="number" ref={card.refs.number} onChange={formik.handleChange} />
      <p id="number-error">{formik.errors.number}</p>
      <input id="expiry" ref={card.refs.expiry} />
      <input id="cvc" ref={card.refs.cvc} />
    </form>
  );
}

function TanStackCheckout() {
  const form = useForm({ defaultValues: { number: "", expiry: "" } });
  card = useCardFields();
  values = () => ({ ...form.state.values });
  const refs = card.refs;
  return (
    <form>
      <form.Field name="number" validators={{ onChange: numberSchema() }}>
        {(field) => (
          <>
            <input
              id="number"
              ref={refs.number}
              onInput={(e) => field.handleChange(e.currentTarget.value)}
            />
            <p id="number-error">{field.state.meta.errors[0]?.message}</p>
          </>
        )}
      </form.Field>
      <form.Field name="expiry" validators={{ onChange: expirySchema() }}>
        {(field) => (
          <>
            <input
              id="expiry"
              ref={refs.expiry}
              onInput={(e) => field.handleChange(e.currentTarget.value)}
            />
            <p id="expiry-error">{field.state.meta.errors[0]?.message}</p>
          </>
        )}
      </form.Field>
      <input id="cvc" ref={refs.cvc} />
    </form>
  );
}

describe.each([
  ["Formik", FormikCheckout, { number: "4242 4242 4242 4241" }],
  ["TanStack Form", TanStackCheckout, { number: "4242 4242 4242 4241", expiry: "12 / 30" }],
] as const)("%s", (_, Checkout, expected) => {
  it("holds the formatted values, shows cardward's message on the number, never the CVC", async () => {
    render(<Checkout />);
    await settle();
    typeKeys("number", "4242424242424241");
    leave();
    typeKeys("expiry", "1230");
    typeKeys("cvc", "737");
    leave();
    await settle();
    expect(values()).toEqual(expected);
    expect(text("number-error")).toMatch(/\S/);
    expect(JSON.stringify(values())).not.toContain("737");
    const number = document.getElementById("number") as HTMLInputElement;
    number.setSelectionRange(0, number.value.length);
    typeKeys("number", "4242424242424242");
    leave();
    await settle();
    expect(text("number-error")).toBe("");
    expect(values().number).toBe("4242 4242 4242 4242");
    expect(card?.collect().cvc.reveal()).toBe("737");
  });
});
