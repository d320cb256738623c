// @vitest-environment happy-dom
// The real thing: fields mounted by @cardward/dom, typed into as a person would, collect()'s
// result handed to card() as it is (the typed version of this is in types.test-d.ts).
import { mountCardFields } from "@cardward/dom";
import { typeInto } from "@cardward/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as classic from "../src/index";
import * as mini from "../src/mini";

const now = new Date("2026-01-15T12:00:00Z");

function mountForm() {
  document.body.innerHTML = "";
  const form = document.createElement("form");
  const field = (): HTMLInputElement => form.appendChild(document.createElement("input"));
  const inputs = {
    number: field(),
    expiry: field(),
    cvc: field(),
    name: field(),
    postalCode: field(),
  };
  document.body.append(form);
  return { inputs, controller: mountCardFields(inputs) };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe.each([
  ["zod", classic],
  ["zod/mini", mini],
])("%s: card() takes collect()", (_, entry) => {
  it("as it is, keeping its Sensitive code", () => {
    const { inputs, controller } = mountForm();
    typeInto(inputs.number, "4242 4242 4242 4242");
    typeInto(inputs.expiry, "0330");
    typeInto(inputs.cvc, "737");
    typeInto(inputs.name, "Ada Lovelace");
    typeInto(inputs.postalCode, "SW1A 1AA");
    const collected = controller.collect();
    const result = entry.card({ now }).safeParse(collected);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      number: "4242424242424242",
      expiry: { month: 3, year: 2030 },
      name: "Ada Lovelace",
      postalCode: "SW1A 1AA",
    });
    expect(result.data?.cvc).toBe(collected.cvc);
    expect(result.data?.cvc.reveal()).toBe("737");
    controller.destroy();
  });
});
