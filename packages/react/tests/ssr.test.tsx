// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useCardFields } from "../src/index";

function Checkout() {
  const { refs, state } = useCardFields({ acceptedBrands: ["visa"] });
  return (
    <form>
      <input id="number" ref={refs.number} />
      <input id="expiry" ref={refs.expiry} />
      <input id="cvc" ref={refs.cvc} />
      <output>{state === null ? "not mounted" : "mounted"}</output>
    </form>
  );
}

describe("useCardFields during server rendering", () => {
  it("renders without a DOM: no throw, no state, no attributes added", () => {
    expect(typeof document).toBe("undefined");
    const html = renderToString(<Checkout />);
    expect(html).toContain("not mounted");
    expect(html).toContain('<input id="number"/>');
    expect(html).not.toContain("autocomplete");
  });
});
