// Issue 14, dom side: what reaches the fields without an edit event (a server-rendered value, a
// form reset, a back navigation without the back-forward cache), and a polluted Object.prototype.
import { afterEach, describe, expect, it } from "vitest";
import { mountCardFields } from "../src";
import { checkoutForm, inputs, mountAll, NOW, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

/** happy-dom has no PageTransitionEvent: an Event with `persisted` stands in. */
function pageshow(persisted: boolean): Event {
  return Object.defineProperty(new Event("pageshow"), "persisted", { value: persisted });
}

/** Lets a task run (the read after a form reset). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function fill() {
  const { number, expiry, cvc, name, postalCode } = inputs();
  type(number, "4242424242424242");
  type(expiry, "1230");
  type(cvc, "739");
  type(name, "Ada Lovelace");
  type(postalCode, "SW1A 1AA");
}

const form = () => document.getElementById("pay") as HTMLFormElement;

describe("a server-rendered security code", () => {
  const serverRendered = () => {
    checkoutForm();
    inputs().cvc.setAttribute("value", "7391");
  };

  it("loses its value attribute while mounted, and the digits stay out through a reset", async () => {
    serverRendered();
    const card = mountAll();
    expect(inputs().cvc.hasAttribute("value")).toBe(false);
    expect(document.documentElement.outerHTML).not.toContain("7391");
    form().reset();
    await nextTask();
    expect(inputs().cvc.value).toBe("");
    expect(card.getState().cvc.empty).toBe(true);
    card.destroy();
    expect(inputs().cvc.hasAttribute("value")).toBe(false);
  });

  it("gets its value attribute back on destroy only when the merchant asks", () => {
    serverRendered();
    const card = mountAll({ restoreCvcValue: true });
    expect(inputs().cvc.hasAttribute("value")).toBe(false);
    card.destroy();
    expect(inputs().cvc.getAttribute("value")).toBe("7391");
  });
});

describe("a native form reset", () => {
  it.each([
    ["form.reset()", () => form().reset()],
    [
      "a reset button",
      () => {
        const button = document.createElement("button");
        button.type = "reset";
        form().append(button);
        button.click();
      },
    ],
  ])("clears the controller too (%s): nothing to collect, the code wiped", async (_, reset) => {
    checkoutForm();
    const card = mountAll();
    fill();
    expect(card.getState().isValid).toBe(true);
    const secret = card.collect().cvc;
    reset();
    expect(() => card.collect()).toThrow(expect.objectContaining({ code: "invalid_card" }));
    for (const field of ["number", "expiry", "cvc", "name", "postalCode"] as const) {
      expect(card.getState()[field]?.empty).toBe(true);
    }
    await nextTask();
    type(inputs().number, "4");
    expect(inputs().number.value).toBe("4");
    expect(card.getState().number).toMatchObject({ empty: false, isValid: false });
    expect(secret.reveal()).toBe("739");
    card.destroy();
  });

  it("is the same operation as clear(): what each leaves is equal", async () => {
    checkoutForm();
    const first = mountAll();
    fill();
    first.clear();
    const cleared = first.getState();
    first.destroy();
    checkoutForm();
    const second = mountAll();
    fill();
    form().reset();
    await nextTask();
    expect(second.getState()).toEqual(cleared);
    second.destroy();
  });

  it("takes the default values the reset leaves through the model", async () => {
    checkoutForm();
    inputs().number.setAttribute("value", "4242424242424242");
    const card = mountAll();
    type(inputs().number, "1");
    form().reset();
    await nextTask();
    expect(inputs().number.value).toBe("4242 4242 4242 4242");
    expect(card.getState().number.isValid).toBe(true);
    card.destroy();
  });
});

describe("a back navigation without the back-forward cache", () => {
  /** What the browser does: restores the fields' last values, telling no one. */
  function restore(values: Partial<Record<"number" | "expiry" | "cvc", string>>) {
    for (const [field, value] of Object.entries(values)) {
      const input = inputs()[field as "number" | "expiry" | "cvc"];
      input.value = value;
    }
  }

  it("takes the restored number and expiry through the model after pageshow", () => {
    checkoutForm();
    const card = mountAll();
    restore({ number: "4242424242424242", expiry: "12 / 30" });
    window.dispatchEvent(pageshow(false));
    expect(inputs().number.value).toBe("4242 4242 4242 4242");
    expect(card.getState().number.isValid).toBe(true);
    expect(card.getState().brand).toBe("visa");
    expect(card.getState().expiry.isValid).toBe(true);
    card.destroy();
  });

  it("never accepts a restored security code", () => {
    checkoutForm();
    const card = mountAll();
    restore({ cvc: "739" });
    window.dispatchEvent(pageshow(false));
    expect(inputs().cvc.value).toBe("");
    expect(card.getState().cvc.empty).toBe(true);
    restore({ cvc: "•••" });
    window.dispatchEvent(pageshow(false));
    expect(inputs().cvc.value).toBe("");
    card.destroy();
  });

  it("reads what was restored on the first frame after mounting", async () => {
    checkoutForm();
    const card = mountCardFields(
      { number: "#number", expiry: "#expiry", cvc: "#cvc" },
      { now: NOW },
    );
    restore({ number: "4242424242424242", cvc: "•••" });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(card.getState().number.isValid).toBe(true);
    expect(inputs().cvc.value).toBe("");
    card.destroy();
  });
});

describe("a polluted Object.prototype", () => {
  /** Sets `key` on Object.prototype for the length of `run`. */
  function polluted(key: string, value: unknown, run: () => void): void {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    try {
      run();
    } finally {
      Reflect.deleteProperty(Object.prototype, key);
    }
  }

  const typeCvc = () => type(inputs().cvc, "739");
  const typeVisa = () => type(inputs().number, "4242424242424242");
  it.each([
    ["revealCvc", true, typeCvc, () => expect(inputs().cvc.value).toBe("•••")],
    ["cvcMask", "#", typeCvc, () => expect(inputs().cvc.value).toBe("•••")],
    ["keepNames", true, () => {}, () => expect(inputs().number.hasAttribute("name")).toBe(false)],
    [
      "acceptedBrands",
      ["mastercard"],
      typeVisa,
      () => expect(inputs().number.getAttribute("aria-invalid")).toBe(null),
    ],
    ["autoAdvance", true, typeVisa, () => expect(document.activeElement).toBe(inputs().number)],
    [
      "errorElements",
      false,
      () => {},
      () => expect(document.querySelector(".cardward-error")).not.toBe(null),
    ],
  ])("changes nothing: %s", (key, value, act, check) => {
    checkoutForm();
    polluted(key, value, () => {
      const card = mountAll();
      act();
      card.validate();
      check();
      card.destroy();
    });
  });
});
