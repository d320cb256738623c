import { FieldApi, FormApi } from "@tanstack/form-core";
import { describe, expect, it } from "vitest";
import { ru } from "../src/locales/ru";
import type { CardwardSchema } from "../src/schema/standard-schema";
import { cardSchema, cvcSchema, expirySchema, numberSchema } from "../src/schema/standard-schema";
import { isSensitive, Sensitive } from "../src/sensitive";

const now = new Date("2026-01-15T12:00:00Z");
const AMEX = "378282246310005";
const VISA = "4242424242424242";

/** Runs a schema and fails the test if it answers with a Promise. */
function run<I, O>(schema: CardwardSchema<I, O>, value: unknown) {
  const result = schema["~standard"].validate(value);
  expect(result).not.toBeInstanceOf(Promise);
  return result;
}

describe("the Standard Schema properties", () => {
  it.each([
    ["numberSchema", numberSchema()],
    ["expirySchema", expirySchema()],
    ["cvcSchema", cvcSchema()],
    ["cardSchema", cardSchema()],
  ])("%s is version 1 from vendor cardward", (_, schema) => {
    expect(schema["~standard"].version).toBe(1);
    expect(schema["~standard"].vendor).toBe("cardward");
    expect(typeof schema["~standard"].validate).toBe("function");
  });
});

describe("numberSchema", () => {
  it.each([
    ["4242 4242 4242 4242", VISA],
    ["4242-4242-4242-4242", VISA],
    ["４２４２４２４２４２４２４２４２", VISA],
    ["٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢", VISA],
    ["3782 822463 10005", AMEX],
  ])("outputs the digits of %j", (input, digits) => {
    expect(run(numberSchema(), input)).toEqual({ value: digits });
  });

  it.each([
    ["", "required"],
    [undefined, "required"],
    [9_999, "unknown_brand"],
    [4242, "too_short"],
    ["4242 4242 4242 4241", "luhn"],
    ["4242 42", "too_short"],
    ["4242 abcd 4242 4242", "invalid_characters"],
    [{}, "invalid_type"],
  ])("rejects %j with %s", (input, code) => {
    const result = run(numberSchema(), input);
    expect(result.issues).toEqual([{ code, message: expect.any(String) }]);
  });

  it("applies acceptedBrands and the locale", () => {
    const result = run(numberSchema({ acceptedBrands: ["visa"], locale: ru }), AMEX);
    expect(result.issues).toEqual([
      { code: "unsupported_brand", message: "Карты American Express не принимаются." },
    ]);
  });
});

describe("expirySchema", () => {
  it.each([
    ["03/30", { month: 3, year: 2030 }],
    ["3/30", { month: 3, year: 2030 }],
    ["03 / 2030", { month: 3, year: 2030 }],
    ["2030-03", { month: 3, year: 2030 }],
    ["0130", { month: 1, year: 2030 }],
    [
      { month: "1", year: "2026" },
      { month: 1, year: 2026 },
    ],
    [
      { month: 12, year: 45 },
      { month: 12, year: 2045 },
    ],
  ])("outputs %j as %j", (input, value) => {
    expect(run(expirySchema({ now }), input)).toEqual({ value });
  });

  it.each([
    ["12/25", "expired"],
    ["13/30", "invalid_month"],
    ["03/50", "too_far_ahead"],
    ["03/", "invalid_format"],
    ["", "required"],
  ])("rejects %j with %s", (input, code) => {
    expect(run(expirySchema({ now }), input).issues?.map((i) => i.code)).toEqual([code]);
  });

  it("takes maxYearsAhead", () => {
    expect(run(expirySchema({ now, maxYearsAhead: 3 }), "03/30").issues).toEqual([
      { code: "too_far_ahead", message: "The expiry date is more than 3 years ahead." },
    ]);
  });
});

describe("cvcSchema", () => {
  it.each([
    ["737", undefined],
    ["7373", "american-express"],
    ["٧٣٧", "visa"],
  ] as const)("wraps %j (brand %s) in a Sensitive of ASCII digits", (input, brand) => {
    const result = run(cvcSchema(brand ? { brand } : {}), input);
    expect(result.issues).toBeUndefined();
    const value = result.issues ? undefined : result.value;
    expect(isSensitive(value)).toBe(true);
    expect(value?.reveal()).toMatch(/^(737|7373)$/);
    expect(JSON.stringify(result)).not.toMatch(/737/);
    expect(String(value)).toBe("[redacted]");
  });

  it("returns the caller's Sensitive itself when it already holds ASCII digits", () => {
    const cvc = new Sensitive("123");
    const result = run(cvcSchema(), cvc);
    expect(result.issues ? null : result.value).toBe(cvc);
  });

  it.each([
    ["123", "american-express", "cvc_length"],
    ["12a", "visa", "invalid_characters"],
    ["", "visa", "required"],
  ] as const)("rejects %j for %s with %s, without echoing it", (input, brand, code) => {
    const result = run(cvcSchema({ brand }), input);
    expect(result.issues?.map((i) => i.code)).toEqual([code]);
    if (input) expect(JSON.stringify(result)).not.toContain(input);
  });
});

describe("cardSchema", () => {
  const schema = cardSchema({ now });

  it("outputs the card with digits, a four-digit year and a Sensitive CVC", () => {
    const result = run(schema, {
      number: "4242 4242 4242 4242",
      expiry: "03/30",
      cvc: "737",
      name: "  Zoë Ñúñez ",
      postalCode: " SW1A 1AA ",
    });
    if (result.issues) throw new Error("expected a valid card");
    expect(result.value).toEqual({
      number: VISA,
      expiry: { month: 3, year: 2030 },
      cvc: expect.any(Sensitive),
      name: "Zoë Ñúñez",
      postalCode: "SW1A 1AA",
    });
    expect(result.value.cvc.reveal()).toBe("737");
    expect(Object.keys(result.value)).not.toContain(undefined);
  });

  it("leaves out the optional fields that were not given", () => {
    const result = run(schema, { number: VISA, expiry: "03/30", cvc: "737" });
    expect(result.issues ? null : Object.keys(result.value)).toEqual(["number", "expiry", "cvc"]);
  });

  it("puts the CVC that does not fit the brand on path ['cvc']", () => {
    const result = run(schema, { number: AMEX, expiry: "03/30", cvc: "737" });
    expect(result.issues).toEqual([
      { code: "cvc_length", message: "The CID must be 4 digits.", path: ["cvc"] },
    ]);
  });

  it("reports every failing field, in field order, with no card data", () => {
    const card = {
      number: "4242 4242 4242 4241",
      expiry: "12/25",
      cvc: "73",
      name: "4242",
      postalCode: "1",
    };
    const result = run(schema, card);
    expect(result.issues?.map((i) => [i.path, i.code])).toEqual([
      [["number"], "luhn"],
      [["expiry"], "expired"],
      [["cvc"], "cvc_length"],
      [["name"], "invalid_characters"],
      [["postalCode"], "too_short"],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/4241|42424|73\b/);
  });

  it.each([null, "card", 42, []])("reports every required field for %j", (value) => {
    const result = run(schema, value);
    expect(result.issues?.map((i) => i.path)).toEqual([["number"], ["expiry"], ["cvc"]]);
  });
});

describe("plugged into TanStack Form", () => {
  const defaultValues = { number: "", expiry: "", cvc: "" };
  type Card = typeof defaultValues;

  it("routes a form-level cardSchema's issues to their fields", () => {
    const form = new FormApi({ defaultValues, validators: { onChange: cardSchema({ now }) } });
    form.mount();
    const number = new FieldApi({ form, name: "number" });
    const expiry = new FieldApi({ form, name: "expiry" });
    const cvc = new FieldApi({ form, name: "cvc" });
    for (const field of [number, expiry, cvc]) field.mount();
    number.setValue("3782 822463 10005");
    expiry.setValue("03/30");
    cvc.setValue("737");
    expect(number.state.meta.errors).toEqual([]);
    expect(expiry.state.meta.errors).toEqual([]);
    expect(cvc.state.meta.errors).toEqual([
      { code: "cvc_length", message: "The CID must be 4 digits.", path: ["cvc"] },
    ]);
    cvc.setValue("7373");
    expect(cvc.state.meta.errors).toEqual([]);
    expect(form.state.canSubmit).toBe(true);
  });

  it("blocks the submit while a field is invalid, and submits a valid card", async () => {
    const submitted: Card[] = [];
    const form = new FormApi({
      defaultValues,
      validators: { onSubmit: cardSchema({ now, acceptedBrands: ["visa"] }) },
      onSubmit: ({ value }) => {
        submitted.push(value);
      },
    });
    form.mount();
    const number = new FieldApi({ form, name: "number" });
    const expiry = new FieldApi({ form, name: "expiry" });
    const cvc = new FieldApi({ form, name: "cvc" });
    for (const field of [number, expiry, cvc]) field.mount();
    number.setValue(AMEX);
    expiry.setValue("03/30");
    cvc.setValue("7373");
    await form.handleSubmit();
    expect(submitted).toEqual([]);
    expect(number.state.meta.errors).toEqual([
      expect.objectContaining({ code: "unsupported_brand", path: ["number"] }),
    ]);
    number.setValue(VISA);
    cvc.setValue("737");
    await form.handleSubmit();
    expect(submitted).toEqual([{ number: VISA, expiry: "03/30", cvc: "737" }]);
  });

  it("validates one field with a field-level schema", () => {
    const form = new FormApi({ defaultValues });
    form.mount();
    const number = new FieldApi({
      form,
      name: "number",
      validators: { onChange: numberSchema({ locale: ru }) },
    });
    number.mount();
    number.setValue("4242 4242 4242 4241");
    expect(number.state.meta.errors).toEqual([
      { code: "luhn", message: "Номер карты недействителен. Проверьте, нет ли в нём опечаток." },
    ]);
    number.setValue(VISA);
    expect(number.state.meta.errors).toEqual([]);
  });

  it("parses the form's values with the schema", () => {
    const form = new FormApi({ defaultValues: { number: VISA, expiry: "13/30", cvc: "737" } });
    expect(form.parseValuesWithSchema(cardSchema({ now }))).toEqual({
      form: { expiry: [expect.objectContaining({ code: "invalid_month" })] },
      fields: { expiry: [expect.objectContaining({ code: "invalid_month" })] },
    });
  });
});
