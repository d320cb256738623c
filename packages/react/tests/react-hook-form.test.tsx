// react-hook-form with useCardFields: `register` on the bound inputs and a resolver with
// cardward's Standard Schemas. The form's state gets the non-secret values and cardward's
// messages on the right fields; the CVC is never registered: it comes only from collect().

import { expirySchema, numberSchema, type StandardSchemaV1 } from "@cardward/core";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { act, cleanup, render } from "@testing-library/react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import { type UseCardFieldsResult, useCardFields } from "../src/index";

afterEach(cleanup);

/** The values the form library holds: never the security code. */
interface Values {
  number: string;
  expiry: string;
}

/** A Standard Schema of the form's values from cardward's per-field schemas. */
const FIELD_SCHEMAS = { number: numberSchema(), expiry: expirySchema() };
const checkoutSchema: StandardSchemaV1<Values> = {
  "~standard": {
    version: 1,
    vendor: "checkout",
    validate(input) {
      const values = input as Values;
      const issues = (["number", "expiry"] as const).flatMap((key) => {
        const result = FIELD_SCHEMAS[key]["~standard"].validate(values[key]);
        return "issues" in result && result.issues
          ? result.issues.map(({ message }) => ({ message, path: [key] }))
          : [];
      });
      return issues.length > 0 ? { issues } : { value: values };
    },
  },
};

let form: UseFormReturn<Values> | null = null;
let card: UseCardFieldsResult | null = null;

function Checkout() {
  form = useForm<Values>({ resolver: standardSchemaResolver(checkoutSchema) });
  card = useCardFields();
  const { refs } = card;
  const { register, formState } = form;
  const field = (name: keyof Values) => {
    const registered = register(name);
    const attach = refs[name];
    return {
      ...registered,
      ref: (element: HTMLInputElement | null) => {
        registered.ref(element);
        attach(element);
      },
    };
  };
  return (
    <form>
      <input id="number" {...field("number")} />
      <p id="number-error">{formState.errors.number?.message}</p>
      <input id="expiry" {...field("expiry")} />
      <p id="expiry-error">{formState.errors.expiry?.message}</p>
      <input id="cvc" ref={refs.cvc} />
    </form>
  );
}

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

const text = (id: string) => document.getElementById(id)?.textContent ?? "";

describe("react-hook-form", () => {
  it("holds the formatted values, shows cardward's messages, never the CVC", async () => {
    render(<Checkout />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    typeKeys("number", "4242424242424241");
    typeKeys("expiry", "1220");
    typeKeys("cvc", "737");
    await act(async () => {
      await form?.trigger();
    });
    expect(form?.getValues()).toEqual({ number: "4242 4242 4242 4241", expiry: "12 / 20" });
    expect(text("number-error")).toMatch(/\S/);
    expect(text("expiry-error")).toMatch(/\S/);
    expect(JSON.stringify(form?.getValues())).not.toContain("737");

    const number = document.getElementById("number") as HTMLInputElement;
    number.setSelectionRange(0, number.value.length);
    typeKeys("number", "4242424242424242");
    const expiry = document.getElementById("expiry") as HTMLInputElement;
    expiry.setSelectionRange(0, expiry.value.length);
    typeKeys("expiry", "1230");
    await act(async () => {
      await form?.trigger();
    });
    expect(form?.getValues()).toEqual({ number: "4242 4242 4242 4242", expiry: "12 / 30" });
    expect(text("number-error")).toBe("");
    expect(text("expiry-error")).toBe("");
    expect(card?.collect().cvc.reveal()).toBe("737");
  });
});
