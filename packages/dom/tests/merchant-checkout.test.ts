// A merchant's own unit test of a checkout form built on @cardward/dom, using @cardward/testing's
// simulators and leak detector as its README shows. It lives here, where dom's tests already use
// @cardward/testing, so that the testing package needs no dependency on dom (no install cycle).
import {
  autofill,
  composeIme,
  createLeakDetector,
  cut,
  type LeakDetector,
  paste,
  pressBackspace,
  testCards,
  typeInto,
} from "@cardward/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CardFieldsController, mountCardFields } from "../src";

const VISA = testCards.byBrand.visa[0]?.number ?? "";
const CVC = "737";

let card: CardFieldsController;
let detector: LeakDetector;
let fields: Record<"number" | "expiry" | "cvc", HTMLInputElement>;

function checkoutForm() {
  const form = document.createElement("form");
  form.method = "post";
  const make = (id: string) => {
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = id;
    const input = document.createElement("input");
    input.id = id;
    input.name = id;
    form.append(label, input);
    return input;
  };
  fields = { number: make("number"), expiry: make("expiry"), cvc: make("cvc") };
  document.body.append(form);
}

beforeEach(() => {
  checkoutForm();
  detector = createLeakDetector({
    secrets: [
      { value: VISA, label: "number", allowedFields: [fields.number] },
      { value: CVC, label: "cvc" },
    ],
  });
  card = mountCardFields(fields, { now: () => new Date("2026-06-15T12:00:00Z") });
});

afterEach(() => {
  card.destroy();
  detector.stop();
  document.body.replaceChildren();
});

const digits = (value: string) => value.replace(/\D/g, "");

describe("a checkout form on @cardward/dom, driven like a person would", () => {
  it("formats the number, masks the CVC, collects the card, and leaks nothing", () => {
    typeInto(fields.number, VISA);
    expect(fields.number.value).toBe("4242 4242 4242 4242");
    expect(fields.number.selectionStart).toBe(fields.number.value.length);
    typeInto(fields.expiry, "1230");
    expect(digits(fields.expiry.value)).toBe("1230");
    typeInto(fields.cvc, CVC);
    expect(fields.cvc.value).toBe("•••");
    expect(fields.cvc.value).not.toMatch(/\d/);

    const state = card.getState();
    expect([state.brand, state.isValid, state.number.isValid, state.cvc.isValid]).toEqual([
      "visa",
      true,
      true,
      true,
    ]);
    const collected = card.collect();
    expect([collected.number, collected.expiry, collected.brand]).toEqual([
      VISA,
      { month: 12, year: 2030 },
      "visa",
    ]);
    expect(collected.cvc.reveal()).toBe(CVC);
    expect(`${collected.cvc}`).toBe("[redacted]");

    detector.assertNoLeaks();
  });

  it("takes a pasted number with dashes, and edits from the keyboard", () => {
    paste(fields.number, "4242-4242-4242-4242");
    expect(fields.number.value).toBe("4242 4242 4242 4242");
    pressBackspace(fields.number);
    expect(fields.number.value).toBe("4242 4242 4242 424");
    expect(card.getState().number.isValid).toBe(false);
    typeInto(fields.number, "2", { at: fields.number.value.length });
    expect(card.getState().number.isValid).toBe(true);
    detector.assertNoLeaks();
  });

  it("takes autofilled values, which come without beforeinput", () => {
    autofill(fields.number, VISA);
    autofill(fields.expiry, "12/2030");
    expect(fields.number.value).toBe("4242 4242 4242 4242");
    expect(card.getState().expiry.isValid).toBe(true);
    detector.assertNoLeaks();
  });

  it("reads full-width digits composed with an IME", () => {
    composeIme(fields.number, "４２４２");
    expect(digits(fields.number.value)).toBe("4242");
    expect(card.getState().brand).toBe("visa");
  });

  it("never lets a cut copy the security code", () => {
    typeInto(fields.cvc, CVC);
    const clipboard = cut(fields.cvc, { at: [0, 3] });
    expect(clipboard ?? "").not.toContain(CVC);
    detector.assertNoLeaks();
  });

  it("catches the merchant's own mistake: logging the collected card", () => {
    typeInto(fields.number, VISA);
    typeInto(fields.expiry, "1230");
    typeInto(fields.cvc, CVC);
    const collected = card.collect();
    const quiet = createLeakDetector({ secrets: [CVC], quiet: true });
    console.log("paying with", collected); // fine: the CVC is a Sensitive
    expect(quiet.check()).toEqual([]);
    console.log("cvc", collected.cvc.reveal()); // the mistake
    expect(quiet.check()).toEqual([
      { sink: "console", detail: "secret #0 found in console.log argument 2" },
    ]);
    quiet.stop();
  });
});
