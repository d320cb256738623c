import { type BrandId, CardwardError } from "@cardward/core";
import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { defineComponent, h, nextTick, reactive, ref } from "vue";
import { type UseCardFields, type UseCardFieldsOptions, useCardFields } from "../src/index";

/** Types `text` as a person would: one cancelable `beforeinput` per character, into the real binding. */
function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  for (const data of text) {
    input.dispatchEvent(
      new InputEvent("beforeinput", {
        inputType: "insertText",
        data,
        cancelable: true,
        bubbles: true,
      }),
    );
  }
  return nextTick();
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
let card: UseCardFields;
const wrappers: { unmount(): void }[] = [];
afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.unmount();
});

/** A checkout rendered with render functions (no runtime template compiler needed). */
function checkout(
  options: UseCardFieldsOptions | (() => UseCardFieldsOptions) = {},
  withName = ref(false),
) {
  const Checkout = defineComponent({
    setup() {
      card = useCardFields(options);
      const { number, expiry, cvc, name, state } = card;
      return () =>
        h("form", [
          h("input", { id: "number", name: "number", ref: number }),
          h("input", { id: "expiry", name: "expiry", ref: expiry }),
          h("input", { id: "cvc", name: "cvc", ref: cvc }),
          withName.value ? h("input", { id: "name", ref: name }) : null,
          h("output", { id: "brand" }, state.value?.brand ?? "none"),
          h("output", { id: "error" }, state.value?.number.error?.code ?? ""),
        ]);
    },
  });
  const wrapper = mount(Checkout, { attachTo: document.body });
  wrappers.push(wrapper);
  return wrapper;
}

describe("useCardFields", () => {
  it("mounts with the component, with the binding's attributes", () => {
    checkout();
    expect(card.state.value).not.toBeNull();
    expect(field("number").getAttribute("autocomplete")).toBe("cc-number");
    expect(field("number").hasAttribute("name")).toBe(false);
  });

  it.each([
    ["4242424242424242", "4242 4242 4242 4242", "visa"],
    ["378282246310005", "3782 822463 10005", "american-express"],
  ])(
    "formats %s typed into the number and re-renders with brand %s",
    async (digits, shown, brand) => {
      const wrapper = checkout();
      await type(field("number"), digits);
      expect(field("number").value).toBe(shown);
      expect(card.state.value?.brand).toBe(brand);
      expect(wrapper.find("#brand").text()).toBe(brand);
    },
  );

  it("shows the number's error only once the field is left", async () => {
    const wrapper = checkout();
    await type(field("number"), "4242424242424241");
    expect(wrapper.find("#error").text()).toBe("");
    field("number").blur();
    await nextTick();
    expect(wrapper.find("#error").text()).toBe("luhn");
  });

  it("collects the card with the security code concealed", async () => {
    checkout({ now: () => new Date(2026, 0, 15) });
    await type(field("number"), "4242424242424242");
    await type(field("expiry"), "1230");
    await type(field("cvc"), "737");
    expect(field("cvc").value).toBe("•••");
    const collected = card.collect();
    expect(collected).toMatchObject({
      number: "4242424242424242",
      expiry: { month: 12, year: 2030 },
    });
    expect(collected.cvc.reveal()).toBe("737");
    expect(JSON.stringify(collected)).not.toContain("737");
  });

  it("clears, validates, focuses and reveals through the controller", async () => {
    checkout();
    await type(field("cvc"), "123");
    card.revealCvc(true);
    expect(field("cvc").value).toBe("123");
    card.clear();
    expect(field("cvc").value).toBe("");
    expect(card.validate()).toBe(false);
    expect(card.state.value?.number.touched).toBe(true);
    card.focus("expiry");
    expect(document.activeElement).toBe(field("expiry"));
  });

  it("destroys before unmount: attributes restored, state gone", async () => {
    const wrapper = checkout();
    const number = field("number");
    const cvc = field("cvc");
    await type(cvc, "737");
    wrappers.pop();
    wrapper.unmount();
    expect(card.state.value).toBeNull();
    expect(number.getAttribute("name")).toBe("number");
    expect(cvc.hasAttribute("autocomplete")).toBe(false);
    expect(cvc.hasAttribute("data-private")).toBe(false);
    expect(cvc.value).toBe("");
    expect(() => card.collect()).toThrow(CardwardError);
    expect(() => card.collect()).toThrow(expect.objectContaining({ code: "destroyed" }));
  });

  it("remounts when an optional field appears, keeping what was typed", async () => {
    const withName = ref(false);
    checkout({}, withName);
    await type(field("number"), "4242");
    expect(card.state.value?.name).toBeUndefined();
    withName.value = true;
    await nextTick();
    await nextTick();
    expect(card.state.value?.name).toBeDefined();
    expect(field("name").getAttribute("autocomplete")).toBe("cc-name");
    expect(field("number").value).toBe("4242");
  });

  it("applies changed settings from reactive options", async () => {
    const options = reactive<{ acceptedBrands: BrandId[] }>({ acceptedBrands: ["visa"] });
    checkout(() => options);
    await type(field("number"), "5555555555554444");
    expect(card.state.value?.number.isValid).toBe(false);
    options.acceptedBrands.push("mastercard");
    await nextTick();
    expect(card.state.value?.number.isValid).toBe(true);
  });

  it("changes only the settings that changed (a revealed code stays revealed)", async () => {
    const options = reactive<{ acceptedBrands: BrandId[] }>({ acceptedBrands: ["visa"] });
    checkout(() => options);
    await type(field("cvc"), "123");
    card.revealCvc(true);
    options.acceptedBrands = ["visa", "mastercard"];
    await nextTick();
    expect(field("cvc").value).toBe("123");
  });

  it("does not mount when a required template ref is missing", () => {
    const Partial = defineComponent({
      setup() {
        card = useCardFields();
        return () => h("input", { id: "number", ref: card.number });
      },
    });
    wrappers.push(mount(Partial, { attachTo: document.body }));
    expect(card.state.value).toBeNull();
    expect(field("number").hasAttribute("autocomplete")).toBe(false);
    expect(card.validate()).toBe(false);
  });
});
