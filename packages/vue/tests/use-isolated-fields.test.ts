// The isolated composable only manages lifecycle: frames appear in the template's containers on
// mount, carry the frame origin's versioned path, and go away before unmount.
import { describe, expect, it } from "vitest";
import { createApp, defineComponent, h, nextTick } from "vue";
import { useIsolatedFields } from "../src/index";

const FRAME_ORIGIN = "https://pay.shop.example";

describe("useIsolatedFields", () => {
  it("mounts a frame per container and removes them on unmount", async () => {
    let state: ReturnType<typeof useIsolatedFields>["state"] | undefined;
    const Checkout = defineComponent({
      setup() {
        const fields = useIsolatedFields({ frameOrigin: FRAME_ORIGIN });
        state = fields.state;
        return () =>
          h("form", [
            h("div", { id: "number", ref: fields.number }),
            h("div", { id: "expiry", ref: fields.expiry }),
            h("div", { id: "cvc", ref: fields.cvc }),
          ]);
      },
    });
    const root = document.createElement("div");
    document.body.append(root);
    const app = createApp(Checkout);
    app.mount(root);
    await nextTick();
    const frames = Array.from(root.querySelectorAll("iframe"), (frame) => [
      frame.parentElement?.id,
      frame.getAttribute("src"),
      frame.getAttribute("title"),
    ]);
    expect(frames).toEqual([
      ["number", `${FRAME_ORIGIN}/v1/frame.html`, "card number"],
      ["expiry", `${FRAME_ORIGIN}/v1/frame.html`, "expiry date"],
      ["cvc", `${FRAME_ORIGIN}/v1/frame.html`, "security code"],
    ]);
    expect(state?.value?.ready).toBe(false);
    app.unmount();
    expect(root.querySelectorAll("iframe")).toHaveLength(0);
    root.remove();
  });
});
