import type { BrandId } from "@cardward/core";
import { CardwardError } from "@cardward/core";
import { act, cleanup, render, screen } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CollectedCard } from "../src/index";
import { type UseCardFieldsOptions, type UseCardFieldsResult, useCardFields } from "../src/index";

afterEach(cleanup);

/** Types `text` as a person would: one cancelable `beforeinput` per character, into the real binding. */
function type(input: HTMLElement, text: string): void {
  act(() => input.focus());
  for (const data of text) {
    act(() => {
      input.dispatchEvent(
        new InputEvent("beforeinput", {
          inputType: "insertText",
          data,
          cancelable: true,
          bubbles: true,
        }),
      );
    });
  }
}

const blur = (input: HTMLElement) => act(() => input.blur());
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

let hook: UseCardFieldsResult;

function Checkout(props: {
  options?: UseCardFieldsOptions;
  withName?: boolean;
  withCvc?: boolean;
}) {
  hook = useCardFields(props.options);
  const { refs, state } = hook;
  return (
    <form>
      {/* No `name` on these: React re-sets a `name` prop on every render, undoing its removal. */}
      <input id="number" autoComplete="off" ref={refs.number} />
      <input id="expiry" autoComplete="off" ref={refs.expiry} />
      {props.withCvc !== false && <input id="cvc" autoComplete="off" ref={refs.cvc} />}
      {props.withName && <input id="name" name="name" ref={refs.name} />}
      <output data-testid="brand">{state?.brand ?? "none"}</output>
      <output data-testid="error">{state?.number.error?.code ?? ""}</output>
      <output data-testid="valid">{String(state?.isValid ?? "unmounted")}</output>
    </form>
  );
}

function Toggle() {
  const [withName, setWithName] = useState(false);
  return (
    <>
      <Checkout withName={withName} />
      <button type="button" onClick={() => setWithName(true)}>
        add name
      </button>
    </>
  );
}

describe("useCardFields", () => {
  it("mounts once the required inputs are attached, with the binding's attributes", () => {
    render(<Checkout />);
    expect(hook.state).not.toBeNull();
    expect(field("number").getAttribute("autocomplete")).toBe("cc-number");
    expect(field("cvc").getAttribute("autocomplete")).toBe("cc-csc");
    expect(field("number").hasAttribute("data-private")).toBe(true);
    expect(screen.getByTestId("valid").textContent).toBe("false");
  });

  it.each([
    ["4242424242424242", "4242 4242 4242 4242", "visa"],
    ["378282246310005", "3782 822463 10005", "american-express"],
    ["5555555555554444", "5555 5555 5555 4444", "mastercard"],
  ])("formats %s typed into the number and re-renders with brand %s", (digits, shown, brand) => {
    render(<Checkout />);
    type(field("number"), digits);
    expect(field("number").value).toBe(shown);
    expect(hook.state?.brand).toBe(brand);
    expect(hook.state?.number.isValid).toBe(true);
    expect(screen.getByTestId("brand").textContent).toBe(brand);
  });

  it("shows the number's error only once the field is left", () => {
    render(<Checkout />);
    type(field("number"), "4242424242424241");
    expect(screen.getByTestId("error").textContent).toBe("");
    blur(field("number"));
    expect(screen.getByTestId("error").textContent).toBe("luhn");
  });

  it("collects the card with the security code concealed", () => {
    render(<Checkout options={{ now: () => new Date(2026, 0, 15) }} />);
    type(field("number"), "4242424242424242");
    type(field("expiry"), "1230");
    type(field("cvc"), "737");
    expect(field("cvc").value).toBe("•••");
    expect(screen.getByTestId("valid").textContent).toBe("true");
    let card: CollectedCard | undefined;
    act(() => {
      card = hook.collect();
    });
    if (!card) throw new Error("collect returned nothing");
    expect(card).toMatchObject({ number: "4242424242424242", expiry: { month: 12, year: 2030 } });
    expect(card.cvc.reveal()).toBe("737");
    expect(JSON.stringify(card)).not.toContain("737");
  });

  it("throws invalid_card from collect and touches every field", () => {
    render(<Checkout />);
    act(() => {
      expect(() => hook.collect()).toThrow(expect.objectContaining({ code: "invalid_card" }));
    });
    expect(hook.state?.number.touched).toBe(true);
    expect(screen.getByTestId("error").textContent).toBe("required");
  });

  it("clears, validates and focuses through the controller", () => {
    render(<Checkout />);
    type(field("number"), "4242");
    act(() => hook.clear());
    expect(field("number").value).toBe("");
    expect(hook.state?.number.empty).toBe(true);
    act(() => {
      expect(hook.validate()).toBe(false);
    });
    expect(hook.state?.cvc.touched).toBe(true);
    act(() => hook.focus("expiry"));
    expect(document.activeElement).toBe(field("expiry"));
  });

  it("reveals and masks the security code", () => {
    render(<Checkout />);
    type(field("cvc"), "123");
    act(() => hook.revealCvc(true));
    expect(field("cvc").value).toBe("123");
    expect(hook.state?.cvcRevealed).toBe(true);
    act(() => hook.revealCvc(false));
    expect(field("cvc").value).toBe("•••");
  });

  it("does not mount without every required input, and says so", () => {
    render(<Checkout withCvc={false} />);
    expect(hook.state).toBeNull();
    expect(field("number").getAttribute("autocomplete")).toBe("off");
    expect(() => hook.collect()).toThrow(CardwardError);
    expect(() => hook.collect()).toThrow(expect.objectContaining({ code: "destroyed" }));
    expect(hook.validate()).toBe(false);
  });

  it("destroys on unmount: attributes restored, the security code wiped", () => {
    const { unmount } = render(<Checkout />);
    const number = field("number");
    const cvc = field("cvc");
    type(cvc, "737");
    unmount();
    for (const input of [number, cvc]) {
      expect(input.getAttribute("autocomplete")).toBe("off");
      expect(input.hasAttribute("data-private")).toBe(false);
      expect(input.hasAttribute("aria-describedby")).toBe(false);
    }
    expect(cvc.value).toBe("");
  });

  it("binds exactly once under StrictMode's double mount", () => {
    const { unmount } = render(
      <StrictMode>
        <Checkout />
      </StrictMode>,
    );
    // Two live bindings would each insert the digit: the value would read "44 4...".
    type(field("number"), "4242");
    expect(field("number").value).toBe("4242");
    expect(hook.state?.brand).toBe("visa");
    const number = field("number");
    unmount();
    expect(number.getAttribute("autocomplete")).toBe("off");
    expect(number.hasAttribute("data-private")).toBe(false);
  });

  it("remounts when an optional field appears, keeping what was typed", () => {
    render(<Toggle />);
    type(field("number"), "4242");
    expect(hook.state?.name).toBeUndefined();
    act(() => screen.getByText("add name").click());
    expect(hook.state?.name).toBeDefined();
    expect(field("name").getAttribute("autocomplete")).toBe("cc-name");
    expect(field("number").value).toBe("4242");
  });

  it("keeps the binding's attributes through re-renders", () => {
    const { rerender } = render(<Checkout withName />);
    rerender(<Checkout withName options={{ autoAdvance: true }} />);
    expect(field("number").getAttribute("autocomplete")).toBe("cc-number");
    expect(field("number").classList.contains("fs-exclude")).toBe(true);
    expect(field("number").hasAttribute("name")).toBe(false);
    expect(field("name").getAttribute("name")).toBe("name");
  });

  it("applies changed settings on re-render", () => {
    const { rerender } = render(<Checkout options={{ acceptedBrands: ["visa"] }} />);
    type(field("number"), "5555555555554444");
    expect(hook.state?.number.isValid).toBe(false);
    rerender(<Checkout options={{ acceptedBrands: ["visa", "mastercard"] }} />);
    expect(hook.state?.number.isValid).toBe(true);
  });

  it("keeps a revealed security code when an unrelated setting is re-rendered unchanged", () => {
    const { rerender } = render(<Checkout options={{ acceptedBrands: ["visa"] }} />);
    type(field("cvc"), "123");
    act(() => hook.revealCvc(true));
    rerender(<Checkout options={{ acceptedBrands: ["visa"] }} />);
    expect(field("cvc").value).toBe("123");
  });

  it("calls the latest callback without remounting", () => {
    const first = vi.fn<(brand: BrandId | null) => void>();
    const second = vi.fn<(brand: BrandId | null) => void>();
    const { rerender } = render(<Checkout options={{ onBrandChange: first }} />);
    const number = field("number");
    rerender(<Checkout options={{ onBrandChange: second }} />);
    type(number, "4242");
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith("visa");
  });

  it("keeps its functions and refs stable across renders", () => {
    const { rerender } = render(<Checkout />);
    const before = hook;
    rerender(<Checkout />);
    for (const key of ["collect", "validate", "clear", "focus", "revealCvc", "refs"] as const) {
      expect(hook[key]).toBe(before[key]);
    }
  });
});
