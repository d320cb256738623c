// Options are read as the caller's own properties: a polluted Object.prototype changes nothing.
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useCardFields } from "../src/index";

afterEach(cleanup);

function Checkout() {
  const { refs } = useCardFields({});
  return (
    <form>
      <input id="number" ref={refs.number} />
      <input id="expiry" ref={refs.expiry} />
      <input id="cvc" ref={refs.cvc} />
    </form>
  );
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe("a polluted Object.prototype", () => {
  it.each([["revealCvc", true, () => expect(field("cvc").value).toBe("•••")]])(
    "changes nothing: %s",
    async (key, value, check) => {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
      try {
        render(<Checkout />);
        const cvc = field("cvc");
        act(() => cvc.focus());
        for (const data of "739") {
          act(() => {
            cvc.dispatchEvent(
              new InputEvent("beforeinput", { inputType: "insertText", data, cancelable: true }),
            );
          });
        }
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
        check();
      } finally {
        Reflect.deleteProperty(Object.prototype, key);
      }
    },
  );
});
