// Form libraries see the fields: React's own onChange (its value tracker), Testing Library's
// fireEvent, on inputs bound by useCardFields. The CVC reaches the form only as mask characters.

import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useCardFields } from "../src/index";

afterEach(cleanup);

/** A checkout whose inputs also have React onChange handlers, as a form library attaches. */
function Checkout({ seen }: { seen: string[] }) {
  const { refs } = useCardFields();
  const [number, setNumber] = useState("");
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    seen.push(`${event.target.id} ${event.target.value}`);
    if (event.target.id === "number") setNumber(event.target.value);
  };
  return (
    <form>
      <input id="number" ref={refs.number} onChange={onChange} />
      <input id="expiry" ref={refs.expiry} onChange={onChange} />
      <input id="cvc" ref={refs.cvc} onChange={onChange} />
      <output>{number}</output>
    </form>
  );
}

/** Types `text` as Chromium does: a cancelable beforeinput per character (the binding edits). */
function typeKeys(input: HTMLInputElement, text: string): void {
  input.focus();
  for (const data of text) {
    const event = new InputEvent("beforeinput", {
      inputType: "insertText",
      data,
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      input.dispatchEvent(event);
    });
  }
}

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe("React's onChange on bound inputs", () => {
  it("fires per keystroke with the formatted value; the CVC's carries mask characters", async () => {
    const seen: string[] = [];
    render(<Checkout seen={seen} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    typeKeys(byId("number"), "42424");
    typeKeys(byId("cvc"), "73");
    expect(seen).toEqual([
      "number 4",
      "number 42",
      "number 424",
      "number 4242",
      "number 4242 4",
      "cvc •",
      "cvc ••",
    ]);
    expect(document.querySelector("output")?.textContent).toBe("4242 4");
  });

  it("fireEvent.change runs the value through the model like an autofill", async () => {
    const seen: string[] = [];
    render(<Checkout seen={seen} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    fireEvent.change(byId("number"), { target: { value: "4242424242424242" } });
    fireEvent.change(byId("expiry"), { target: { value: "12/2030" } });
    expect(byId("number").value).toBe("4242 4242 4242 4242");
    expect(byId("expiry").value).toBe("12 / 30");
    expect(seen).toContain("number 4242 4242 4242 4242");
    expect(document.querySelector("output")?.textContent).toBe("4242 4242 4242 4242");
  });
});
