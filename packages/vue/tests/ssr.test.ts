// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSSRApp, defineComponent, h } from "vue";
import { renderToString } from "vue/server-renderer";
import { useCardFields } from "../src/index";

describe("useCardFields during server rendering", () => {
  it("renders without a DOM: no throw, no state, no attributes added", async () => {
    expect(typeof document).toBe("undefined");
    const Checkout = defineComponent({
      setup() {
        const { number, expiry, cvc, state } = useCardFields({ acceptedBrands: ["visa"] });
        return () =>
          h("form", [
            h("input", { id: "number", ref: number }),
            h("input", { id: "expiry", ref: expiry }),
            h("input", { id: "cvc", ref: cvc }),
            h("output", state.value === null ? "not mounted" : "mounted"),
          ]);
      },
    });
    const html = await renderToString(createSSRApp(Checkout));
    expect(html).toContain("not mounted");
    expect(html).toContain('<input id="number">');
    expect(html).not.toContain("autocomplete");
  });
});
