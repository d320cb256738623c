import { CardwardError } from "@cardward/core";
import { afterEach, describe, expect, it } from "vitest";
import { type CardFieldTargets, type MountOptions, mountCardFields } from "../src";
import { checkoutForm, inputs, mountAll, NOW, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

function thrown(run: () => unknown): CardwardError {
  try {
    run();
  } catch (error) {
    if (error instanceof CardwardError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("bad configuration throws a CardwardError and mounts nothing", () => {
  const cases: [string, string, () => CardFieldTargets, MountOptions?][] = [
    [
      "a selector that matches nothing",
      "element_not_found",
      () => ({ number: "#nope", expiry: "#expiry", cvc: "#cvc" }),
    ],
    [
      "an invalid selector",
      "element_not_found",
      () => ({ number: "#number", expiry: "[[", cvc: "#cvc" }),
    ],
    [
      "a missing CVC",
      "element_not_found",
      () => ({ number: "#number", expiry: "#expiry" }) as unknown as CardFieldTargets,
    ],
    ["a <div>", "element_not_input", () => ({ number: "#number", expiry: "#expiry", cvc: "#pay" })],
    [
      "a <select> for the number",
      "element_not_input",
      () => ({ number: "#month", expiry: "#expiry", cvc: "#cvc" }),
    ],
    [
      "an input of type number",
      "element_not_input",
      () => ({ number: "#n2", expiry: "#expiry", cvc: "#cvc" }),
    ],
    [
      "a checkbox",
      "element_not_input",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#box" }),
    ],
    [
      "the same element twice",
      "element_reused",
      () => ({ number: "#number", expiry: "#number", cvc: "#cvc" }),
    ],
    [
      "a month reused as the CVC",
      "element_reused",
      () => ({ number: "#number", expiry: { month: "#expiry", year: "#zip" }, cvc: "#expiry" }),
    ],
    [
      "a mask with digits",
      "invalid_option",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#cvc" }),
      { cvcMask: "1" },
    ],
    [
      "a mask that is a space (core's isMaskChar refuses it)",
      "invalid_option",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#cvc" }),
      { cvcMask: " " },
    ],
    [
      "a mask that is an Arabic-Indic digit",
      "invalid_option",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#cvc" }),
      { cvcMask: "\u0663" },
    ],
    [
      "an unknown accepted brand",
      "invalid_option",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#cvc" }),
      { acceptedBrands: ["nope" as "visa"] },
    ],
    [
      "a missing error element",
      "element_not_found",
      () => ({ number: "#number", expiry: "#expiry", cvc: "#cvc" }),
      { errorElements: { cvc: "#none" } },
    ],
  ];

  it.each(cases)("%s: %s", (_, code, targets, options) => {
    const before = checkoutForm(
      '<select id="month"><option>01</option></select><input id="n2" type="number"><input id="box" type="checkbox">',
    );
    const error = thrown(() => mountCardFields(targets(), options));
    expect(error.code).toBe(code);
    expect(document.body.innerHTML).toBe(before);
    // No listener was left behind: typing is not intercepted.
    const { number } = inputs();
    type(number, "42424");
    expect(number.value).toBe("42424");
  });

  it("refuses elements another controller holds, and frees them on destroy", () => {
    checkoutForm();
    const first = mountAll();
    const before = document.body.innerHTML;
    expect(
      thrown(() => mountCardFields({ number: "#name", expiry: "#zip", cvc: "#cvc" })).code,
    ).toBe("already_mounted");
    expect(document.body.innerHTML).toBe(before);
    first.destroy();
    const second = mountCardFields(
      { number: "#number", expiry: "#expiry", cvc: "#cvc" },
      { now: NOW },
    );
    expect(second.getState().brand).toBeNull();
    second.destroy();
  });
});

describe("mounting", () => {
  it("takes selectors looked up in the root option", () => {
    checkoutForm();
    const root = document.getElementById("pay") as HTMLFormElement;
    const card = mountCardFields(
      { number: "#number", expiry: "#expiry", cvc: "#cvc" },
      { root, now: NOW },
    );
    type(inputs().number, "4242");
    expect(inputs().number.value).not.toBe("");
    expect(card.getState().number.empty).toBe(false);
    card.destroy();
  });

  it("formats a value present before mounting", () => {
    checkoutForm();
    inputs().number.value = "4242424242424242";
    const card = mountAll();
    expect(inputs().number.value).toBe("4242 4242 4242 4242");
    expect(card.getState().number.isValid).toBe(true);
    expect(card.getState().brand).toBe("visa");
    card.destroy();
  });

  it("discards a security code present before mounting (it may be a restored mask)", () => {
    checkoutForm();
    inputs().cvc.value = "123";
    const card = mountAll();
    expect(inputs().cvc.value).toBe("");
    expect(card.getState().cvc.empty).toBe(true);
    card.destroy();
  });

  it.each([
    [
      "selects",
      '<select id="m"><option value="">MM</option><option>03</option><option>12</option></select><select id="y"><option value="">YY</option><option>2030</option><option>2031</option></select>',
    ],
    ["inputs", '<input id="m" name="m" type="text"><input id="y" name="y" type="text">'],
  ])("takes the expiry as a month and a year (%s)", (_, html) => {
    const before = checkoutForm(html);
    const month = document.getElementById("m") as HTMLInputElement;
    const year = document.getElementById("y") as HTMLInputElement;
    const card = mountCardFields(
      { number: "#number", expiry: { month: "#m", year: "#y" }, cvc: "#cvc" },
      { now: NOW },
    );
    expect(month.getAttribute("autocomplete")).toBe("cc-exp-month");
    expect(year.getAttribute("autocomplete")).toBe("cc-exp-year");
    expect(month.hasAttribute("name")).toBe(false);
    expect(card.getState().expiry.isValid).toBe(false);
    month.value = "03";
    month.dispatchEvent(new Event("change", { bubbles: true }));
    expect(card.getState().expiry.isValid).toBe(false);
    year.value = "2030";
    year.dispatchEvent(new Event("change", { bubbles: true }));
    expect(card.getState().expiry.isValid).toBe(true);
    card.destroy();
    expect(document.body.innerHTML).toBe(before);
  });
});
