// VeeValidate with @cardward/vue: `useField` on the bound inputs (its handleChange on `@input`),
// validated with cardward's Standard Schemas. The form gets the non-secret values and cardward's
// messages on the right fields; the CVC is never a field: it comes only from collect().
import { expirySchema, numberSchema } from "@cardward/core";
import { flushPromises, mount } from "@vue/test-utils";
import { useField, useForm } from "vee-validate";
import { afterEach, describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { type UseCardFields, useCardFields } from "../src/index";

/** A VeeValidate rule from a cardward Standard Schema: true, or the first issue's message. */
function rule(schema: ReturnType<typeof numberSchema> | ReturnType<typeof expirySchema>) {
  return (value: unknown) => {
    const result = schema["~standard"].validate(value);
    return "issues" in result && result.issues ? (result.issues[0]?.message ?? false) : true;
  };
}

/** Types `text` as Chromium does: one cancelable `beforeinput` per character. */
function type(input: HTMLInputElement, text: string): void {
  input.focus();
  for (const data of text) {
    const init = { inputType: "insertText", data, cancelable: true, bubbles: true };
    input.dispatchEvent(new InputEvent("beforeinput", init));
  }
}

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
let card: UseCardFields;
let values: () => Record<string, unknown>;
const wrappers: { unmount(): void }[] = [];
afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.unmount();
});

const Checkout = defineComponent({
  setup() {
    const form = useForm();
    values = () => ({ ...form.values });
    const number = useField<string>("number", rule(numberSchema()));
    const expiry = useField<string>("expiry", rule(expirySchema()));
    card = useCardFields();
    return () =>
      h("form", [
        h("input", { id: "number", ref: card.number, onInput: number.handleChange }),
        h("p", { id: "number-error" }, number.errorMessage.value ?? ""),
        h("input", { id: "expiry", ref: card.expiry, onInput: expiry.handleChange }),
        h("p", { id: "expiry-error" }, expiry.errorMessage.value ?? ""),
        h("input", { id: "cvc", ref: card.cvc }),
      ]);
  },
});

describe("VeeValidate", () => {
  it("holds the formatted values, shows cardward's messages, never the CVC", async () => {
    wrappers.push(mount(Checkout, { attachTo: document.body }));
    await flushPromises();
    type(byId("number"), "4242424242424241");
    type(byId("expiry"), "1220");
    type(byId("cvc"), "737");
    await flushPromises();
    expect(values()).toEqual({ number: "4242 4242 4242 4241", expiry: "12 / 20" });
    expect(byId("number-error").textContent).toMatch(/\S/);
    expect(byId("expiry-error").textContent).toMatch(/\S/);
    expect(JSON.stringify(values())).not.toContain("737");

    byId("number").setSelectionRange(0, byId("number").value.length);
    type(byId("number"), "4242424242424242");
    byId("expiry").setSelectionRange(0, byId("expiry").value.length);
    type(byId("expiry"), "1230");
    await flushPromises();
    expect(values()).toEqual({ number: "4242 4242 4242 4242", expiry: "12 / 30" });
    expect(byId("number-error").textContent).toBe("");
    expect(byId("expiry-error").textContent).toBe("");
    expect(card.collect().cvc.reveal()).toBe("737");
  });
});
