// React re-sets an input's `name` prop on every update: @cardward/dom takes it off the number,
// expiry and CVC again while mounted, so a native form submit never posts card data.

import type { CardwardWarning } from "@cardward/dom";
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useCardFields } from "../src/index";

afterEach(cleanup);

function Checkout({ label, warnings }: { label: string; warnings: CardwardWarning[] }) {
  const { refs, state } = useCardFields({ onWarning: (w) => warnings.push(w) });
  return (
    <form method="post">
      <input id="number" name="cc" ref={refs.number} />
      <input id="expiry" name="exp" ref={refs.expiry} />
      <input id="cvc" name="cvc" ref={refs.cvc} />
      <output>{`${label} ${state ? "mounted" : "not mounted"}`}</output>
    </form>
  );
}

/** Lets mutation observers run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const names = () =>
  ["number", "expiry", "cvc"].map((id) => document.getElementById(id)?.getAttribute("name"));

describe("name props on card inputs", () => {
  it("stay off through re-renders, are warned about once and come back on unmount", async () => {
    const warnings: CardwardWarning[] = [];
    const view = render(<Checkout label="first" warnings={warnings} />);
    await settle();
    expect(document.querySelector("output")?.textContent).toBe("first mounted");
    expect(names()).toEqual([null, null, null]);
    for (const label of ["second", "third"]) {
      view.rerender(<Checkout label={label} warnings={warnings} />);
      await settle();
      expect(document.querySelector("output")?.textContent).toBe(`${label} mounted`);
      expect(names()).toEqual([null, null, null]);
    }
    expect(warnings).toEqual([
      { code: "name_removed", field: "number" },
      { code: "name_removed", field: "expiry" },
      { code: "name_removed", field: "cvc" },
    ]);
    const number = document.getElementById("number") as HTMLInputElement;
    view.unmount();
    expect(number.getAttribute("name")).toBe("cc");
  });
});
