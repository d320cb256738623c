// Options are read as the caller's own properties: a polluted Object.prototype changes nothing.
import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { useCardFields } from "../src/index";

const Checkout = defineComponent({
  setup() {
    const { number, expiry, cvc } = useCardFields({});
    return () =>
      h("form", [
        h("input", { id: "number", ref: number }),
        h("input", { id: "expiry", ref: expiry }),
        h("input", { id: "cvc", ref: cvc }),
      ]);
  },
});

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe("a polluted Object.prototype", () => {
  it.each([["revealCvc", true, () => expect(field("cvc").value).toBe("•••")]])(
    "changes nothing: %s",
    async (key, value, check) => {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
      try {
        const wrapper = mount(Checkout, { attachTo: document.body });
        const cvc = field("cvc");
        cvc.focus();
        for (const data of "739") {
          cvc.dispatchEvent(
            new InputEvent("beforeinput", { inputType: "insertText", data, cancelable: true }),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
        check();
        wrapper.unmount();
      } finally {
        Reflect.deleteProperty(Object.prototype, key);
      }
    },
  );
});
