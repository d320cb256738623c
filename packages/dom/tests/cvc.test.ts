import { isSensitive } from "@cardward/core";
import { afterEach, describe, expect, it } from "vitest";
import { autofill, backspace, checkoutForm, inputs, mountAll, paste, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

/** Everything a script or a session-replay tool could read from the page and the state. */
function exposed(card: ReturnType<typeof mountAll>): string {
  const values = Object.values(inputs()).map((input) => input.value);
  return [document.documentElement.outerHTML, JSON.stringify(card.getState()), ...values].join(
    "\n",
  );
}

function fillCard(card = mountAll()) {
  type(inputs().number, "4242424242424242");
  type(inputs().expiry, "1230");
  type(inputs().name, "Ada Lovelace");
  type(inputs().postalCode, "SW1A 1AA");
  type(inputs().cvc, "987");
  return card;
}

/** happy-dom has no PageTransitionEvent: an Event with `persisted` stands in. */
function pageTransition(type: "pagehide" | "pageshow", persisted: boolean): Event {
  return Object.defineProperty(new Event(type), "persisted", { value: persisted });
}

describe("the security code is concealed", () => {
  it("holds only mask characters in the DOM, and no digit of it anywhere", () => {
    checkoutForm();
    const card = fillCard();
    expect(inputs().cvc.value).toBe("•••");
    expect(card.getState().cvc.isValid).toBe(true);
    inputs().cvc.blur();
    expect(exposed(card)).not.toMatch(/9|8|7/);
    card.destroy();
  });

  it.each([
    ["typed", (cvc: HTMLInputElement) => type(cvc, "987")],
    [
      "pasted",
      (cvc: HTMLInputElement) => {
        cvc.focus();
        paste(cvc, "987");
      },
    ],
    ["autofilled", (cvc: HTMLInputElement) => autofill(cvc, "987")],
  ])("stays masked when %s", (_, enter) => {
    checkoutForm();
    const card = mountAll({ cvcMask: "*" });
    type(inputs().number, "4242"); // a Visa: its CVV has 3 digits, so 3 make it complete
    enter(inputs().cvc);
    expect(inputs().cvc.value).toBe("***");
    expect(card.getState().cvc.complete).toBe(true);
    card.destroy();
  });

  it("keeps the digits right through deletion in the middle", () => {
    checkoutForm();
    const card = fillCard();
    const { cvc } = inputs();
    cvc.setSelectionRange(2, 2);
    backspace(cvc);
    type(cvc, "5");
    expect(cvc.value).toBe("•••");
    expect(card.collect().cvc.reveal()).toBe("957");
    card.destroy();
  });

  it("reveals the digits on demand and masks them again", () => {
    checkoutForm();
    const card = fillCard();
    card.revealCvc(true);
    expect(inputs().cvc.value).toBe("987");
    expect(card.getState().cvcRevealed).toBe(true);
    card.revealCvc(false);
    expect(inputs().cvc.value).toBe("•••");
    expect(card.getState().cvcRevealed).toBe(false);
    card.destroy();
  });

  it("reveals from the start with the revealCvc option", () => {
    checkoutForm();
    const card = fillCard(mountAll({ revealCvc: true }));
    expect(inputs().cvc.value).toBe("987");
    card.destroy();
  });

  it("collect() hands out a copy as a Sensitive, which stringifies as [redacted]", () => {
    checkoutForm();
    const card = fillCard();
    const collected = card.collect();
    expect(isSensitive(collected.cvc)).toBe(true);
    expect(JSON.stringify(collected)).not.toContain("987");
    expect(`${collected.cvc}`).toBe("[redacted]");
    card.clear();
    expect(collected.cvc.reveal()).toBe("987");
    card.destroy();
  });
});

describe("the security code is wiped", () => {
  it.each([
    ["clear()", (card: ReturnType<typeof mountAll>) => card.clear()],
    ["pagehide", () => window.dispatchEvent(pageTransition("pagehide", true))],
  ])("on %s", (_, wipe) => {
    checkoutForm();
    const card = fillCard();
    wipe(card);
    expect(inputs().cvc.value).toBe("");
    expect(card.getState().cvc.empty).toBe(true);
    expect(card.getState().cvc.isValid).toBe(false);
    card.destroy();
  });

  it("on a pageshow from the back-forward cache, if anything came back", () => {
    checkoutForm();
    const card = fillCard();
    inputs().cvc.value = "•••";
    window.dispatchEvent(pageTransition("pageshow", false));
    expect(card.getState().cvc.empty).toBe(false);
    window.dispatchEvent(pageTransition("pageshow", true));
    expect(inputs().cvc.value).toBe("");
    expect(card.getState().cvc.empty).toBe(true);
    card.destroy();
  });

  it("on destroy(), and a collect() after it throws destroyed", () => {
    checkoutForm();
    const card = fillCard();
    card.destroy();
    expect(inputs().cvc.value).toBe("");
    expect(() => card.collect()).toThrow(expect.objectContaining({ code: "destroyed" }));
  });
});
