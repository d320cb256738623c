// The one test table both flavors run: `zod.test.ts` (classic) and `mini.test.ts` (zod/mini).
import { inspect } from "node:util";
import { type CardOptions, isSensitive, Sensitive, validateCard } from "@cardward/core";
import { ru } from "@cardward/core/locales/ru";
import type { CollectedCard } from "@cardward/dom";
import { describe, expect, it } from "vitest";
import type * as classic from "../src/index";
import { JSON_VALUES } from "./json-values";

/** What a flavor's entry exports (the mini entry has the same functions). */
type Entry = Pick<typeof classic, "card" | "cardCvc" | "cardExpiry" | "cardNumber">;
/** The zod functions the suite needs, from `zod` or `zod/mini`. */
interface Zod {
  object: (shape: Record<string, never>) => unknown;
  toJSONSchema: (schema: never, params?: { io?: "input" | "output" }) => unknown;
  treeifyError: (error: never) => unknown;
  prettifyError: (error: never) => string;
}
/** A schema of either flavor, as the suite uses it. */
interface Schema {
  safeParse(value: unknown, params?: { reportInput?: boolean }): SafeResult;
}
type SafeResult =
  | { success: true; data: unknown; error?: undefined }
  | { success: false; data?: undefined; error: ZodErrorLike };
interface ZodErrorLike extends Error {
  issues: {
    code: string;
    message: string;
    path: PropertyKey[];
    params?: { cardward?: string };
    input?: unknown;
  }[];
}

const now = new Date("2026-01-15T12:00:00Z");
const VISA = "4242424242424242";
const AMEX = "378282246310005";

/** Parses and returns the issues as `[path, cardward code]`, failing the test on success. */
function issuesOf(schema: Schema, value: unknown): [string, string | undefined][] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the parse to fail");
  return result.error.issues.map((i) => [i.path.join("."), i.params?.cardward]);
}

export function runSuite(name: string, entry: Entry, z: Zod, objectOf: (shape: object) => Schema) {
  const { card, cardCvc, cardExpiry, cardNumber } = entry as unknown as {
    [K in keyof Entry]: (options?: object) => Schema;
  };

  describe(`${name}: cardNumber`, () => {
    it.each([
      ["4242 4242 4242 4242", VISA],
      ["4242-4242-4242-4242", VISA],
      ["٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢", VISA],
      ["3782 822463 10005", AMEX],
      ["6200000000000005", "6200000000000005"],
    ])("outputs the digits of %j", (input, digits) => {
      expect(cardNumber().safeParse(input)).toEqual({ success: true, data: digits });
    });

    it.each([
      ["", "required"],
      [undefined, "required"],
      [null, "required"],
      ["4242 4242 4242 4241", "luhn"],
      ["4242", "too_short"],
      ["9999 9999 9999 9999", "unknown_brand"],
      ["4242 4242 abcd 4242", "invalid_characters"],
      ["4242\u200b4242 4242 4242", "invalid_characters"],
      [{ number: VISA }, "invalid_type"],
    ])("rejects %j with a custom issue coded %s", (input, code) => {
      const result = cardNumber().safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        { code: "custom", message: expect.any(String), params: { cardward: code }, path: [] },
      ]);
    });

    it("applies acceptedBrands, luhnValidateUnionPay and the locale", () => {
      expect(issuesOf(cardNumber({ acceptedBrands: ["visa"] }), AMEX)).toEqual([
        ["", "unsupported_brand"],
      ]);
      expect(issuesOf(cardNumber({ luhnValidateUnionPay: true }), "6200000000000006")).toEqual([
        ["", "luhn"],
      ]);
      expect(
        cardNumber({ luhnValidateUnionPay: false }).safeParse("6200000000000006").success,
      ).toBe(true);
      const result = cardNumber({ locale: ru }).safeParse("4242 4242 4242 4241");
      expect(result.error?.issues[0]?.message).toBe(
        "Номер карты недействителен. Проверьте, нет ли в нём опечаток.",
      );
    });
  });

  describe(`${name}: cardExpiry`, () => {
    it.each([
      ["03/30", { month: 3, year: 2030 }],
      ["3 / 30", { month: 3, year: 2030 }],
      ["03/2030", { month: 3, year: 2030 }],
      ["2030-03", { month: 3, year: 2030 }],
      ["0130", { month: 1, year: 2030 }],
      ["01/26", { month: 1, year: 2026 }],
      [
        { month: 12, year: 2045 },
        { month: 12, year: 2045 },
      ],
    ])("outputs %j as %j", (input, value) => {
      expect(cardExpiry({ now }).safeParse(input)).toEqual({ success: true, data: value });
    });

    it.each([
      ["12/25", "expired"],
      ["13/30", "invalid_month"],
      ["03/46", "too_far_ahead"],
      ["03/", "invalid_format"],
      ["", "required"],
      [42, "invalid_type"],
    ])("rejects %j with %s", (input, code) => {
      expect(issuesOf(cardExpiry({ now }), input)).toEqual([["", code]]);
    });

    it("takes maxYearsAhead and a now function", () => {
      expect(issuesOf(cardExpiry({ now: () => now, maxYearsAhead: 3 }), "03/30")).toEqual([
        ["", "too_far_ahead"],
      ]);
      expect(cardExpiry({ now, maxYearsAhead: 4 }).safeParse("12/30").success).toBe(true);
    });
  });

  describe(`${name}: cardCvc`, () => {
    it.each([
      ["737", {}],
      ["7373", {}],
      ["7373", { brand: "american-express" }],
      ["٧٣٧", { brand: "visa" }],
    ])("wraps %j (%j) in a Sensitive of ASCII digits", (input, options) => {
      const result = cardCvc(options).safeParse(input);
      expect(result.success).toBe(true);
      expect(isSensitive(result.data)).toBe(true);
      expect((result.data as Sensitive<string>).reveal()).toMatch(/^7373?$/);
      expect(JSON.stringify(result)).not.toMatch(/737/);
    });

    it.each([
      ["737", { brand: "american-express" }, "cvc_length"],
      ["73", {}, "cvc_length"],
      ["73a", {}, "invalid_characters"],
      ["", {}, "required"],
      [737, {}, "invalid_type"],
    ])("rejects %j (%j) with %s", (input, options, code) => {
      expect(issuesOf(cardCvc(options), input)).toEqual([["", code]]);
    });

    it("reads a Sensitive and keeps it", () => {
      const cvc = new Sensitive("737");
      expect(cardCvc().safeParse(cvc)).toEqual({ success: true, data: cvc });
      expect((cardCvc().safeParse(cvc).data as Sensitive<string>).reveal()).toBe("737");
    });
  });

  describe(`${name}: card`, () => {
    const schema = card({ now });

    it("outputs the card: digits, a four-digit year, a Sensitive CVC, trimmed name and code", () => {
      const result = schema.safeParse({
        number: "4242 4242 4242 4242",
        expiry: "03/30",
        cvc: "737",
        name: " Zoë Ñúñez ",
        postalCode: " SW1A 1AA ",
        extra: "dropped",
      });
      expect(result).toEqual({
        success: true,
        data: {
          number: VISA,
          expiry: { month: 3, year: 2030 },
          cvc: expect.any(Sensitive),
          name: "Zoë Ñúñez",
          postalCode: "SW1A 1AA",
        },
      });
      expect((result.data as { cvc: Sensitive<string> }).cvc.reveal()).toBe("737");
    });

    it("leaves out the optional fields that were not given", () => {
      const result = schema.safeParse({ number: VISA, expiry: "03/30", cvc: "737" });
      expect(Object.keys(result.data as object)).toEqual(["number", "expiry", "cvc"]);
    });

    it.each([
      [AMEX, "737", "The CID must be 4 digits."],
      [AMEX, "73", "The CID must be 4 digits."],
      [VISA, "7373", "The CVV must be 3 digits."],
      ["5555 5555 5555 4444", "7373", "The CVC must be 3 digits."],
    ])("puts a CVC that does not fit %s's brand on ['cvc']: %j", (number, cvc, message) => {
      const result = schema.safeParse({ number, expiry: "03/30", cvc });
      expect(result.error?.issues).toEqual([
        { code: "custom", message, params: { cardward: "cvc_length" }, path: ["cvc"] },
      ]);
    });

    it("reports every failing field, in field order", () => {
      const value = {
        number: "3782 822463 10006",
        expiry: "12/25",
        cvc: "737",
        name: "4242",
        postalCode: "1",
      };
      expect(issuesOf(schema, value)).toEqual([
        ["number", "luhn"],
        ["expiry", "expired"],
        ["cvc", "cvc_length"],
        ["name", "invalid_characters"],
        ["postalCode", "too_short"],
      ]);
    });

    it("nests in an object schema, with paths below its key", () => {
      const checkout = objectOf({ card: card({ now, acceptedBrands: ["visa"] }) });
      const value = { card: { number: AMEX, expiry: "03/30", cvc: "737" } };
      expect(issuesOf(checkout, value)).toEqual([
        ["card.number", "unsupported_brand"],
        ["card.cvc", "cvc_length"],
      ]);
    });

    // The same verdict as core's validateCard: same fields, codes and messages, same order.
    const differential: [string, unknown, CardOptions][] = [
      ["valid", { number: VISA, expiry: "03/30", cvc: "737" }, {}],
      ["all empty", { number: "", expiry: "", cvc: "" }, {}],
      ["all missing", {}, {}],
      ["amex, visa-sized cvc", { number: AMEX, expiry: "03/30", cvc: "737" }, {}],
      ["amex failing luhn, short cvc", { number: "378282246310006", expiry: "1", cvc: "12" }, {}],
      ["letters everywhere", { number: "4242a", expiry: "ab/cd", cvc: "x1", name: "" }, {}],
      [
        "unaccepted brand",
        { number: AMEX, expiry: "03/30", cvc: "7373" },
        { acceptedBrands: ["visa"] },
      ],
      ["russian", { number: "4242", expiry: "13/30", cvc: "7", postalCode: "" }, { locale: ru }],
      ["too far", { number: VISA, expiry: "03/49", cvc: "737" }, { maxYearsAhead: 20 }],
      ["wrong types", { number: 4242, expiry: true, cvc: 737, name: 3 }, {}],
      [
        "long name",
        { number: VISA, expiry: "03/30", cvc: "737", name: "A".repeat(30) },
        { maxNameLength: 20 },
      ],
      [
        "postal bounds",
        { number: VISA, expiry: "03/30", cvc: "737", postalCode: "123456" },
        { postalCodeMaxLength: 5 },
      ],
    ];
    it.each(differential)("agrees with validateCard: %s", (_, value, options) => {
      const result = card({ now, ...options }).safeParse(value);
      const expected = validateCard(value as never, { now, ...options });
      expect(result.success).toBe(expected.isValid);
      expect(
        (result.error?.issues ?? []).map((i) => [i.path.join("."), i.params?.cardward, i.message]),
      ).toEqual(expected.issues.map((i) => [i.field, i.code, i.message]));
    });
  });

  describe(`${name}: safeParse never throws`, () => {
    const schemas: [string, Schema][] = [
      ["cardNumber", cardNumber()],
      ["cardExpiry", cardExpiry({ now })],
      ["cardCvc", cardCvc()],
      ["card", card({ now })],
      ["z.object({ card })", objectOf({ card: card({ now }) })],
    ];
    const table = schemas.flatMap(([label, schema]) =>
      JSON_VALUES.map((value, index) => [label, index, schema, value] as const),
    );

    it.each(table)("%s answers JSON value #%i with a result", (_, __, schema, value) => {
      const result = schema.safeParse(value);
      if (result.success) return;
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) {
        expect(issue.message).toEqual(expect.any(String));
        expect(issue.path).toEqual(expect.any(Array));
      }
    });

    it.each([
      ["null", null],
      ["undefined", undefined],
    ])("card() answers %s with one invalid_type issue", (_, value) => {
      expect(card({ now }).safeParse(value).error?.issues).toEqual([
        expect.objectContaining({ code: "invalid_type", expected: "object", path: [] }),
      ]);
    });

    it("z.object({ card: card() }) answers {} with one issue on ['card']", () => {
      expect(objectOf({ card: card({ now }) }).safeParse({}).error?.issues).toEqual([
        expect.objectContaining({ code: "invalid_type", expected: "object", path: ["card"] }),
      ]);
    });
  });

  describe(`${name}: a value that is not an object`, () => {
    it.each([
      ["a string", "4000 0566 5566 5556", "string"],
      ["a number", 4000056655665556, "number"],
      ["an array", ["4000056655665556"], "array"],
      ["null", null, "null"],
      ["undefined", undefined, "undefined"],
      ["a boolean", true, "boolean"],
    ])("gets a message written from its type: %s", (_, value, type) => {
      const issues = card({ now }).safeParse(value, { reportInput: true }).error?.issues;
      expect(issues).toEqual([
        expect.objectContaining({ code: "invalid_type", expected: "object", path: [] }),
      ]);
      expect(issues?.[0]?.message).toMatch(new RegExp(`expected object, received ${type}$`));
      expect(issues?.[0]?.input).toBeUndefined();
    });
  });

  describe(`${name}: JSON Schema of the input side`, () => {
    const toJSONSchema = (schema: unknown, io: "input" | "output" = "input") =>
      z.toJSONSchema(schema as never, { io }) as {
        properties: Record<string, { pattern?: string; anyOf?: { pattern?: string }[] }>;
      };

    it("describes card(): patterns and lengths, the expiry's forms, the optional fields", () => {
      expect(toJSONSchema(card({ now }))).toMatchObject({
        type: "object",
        required: ["number", "expiry", "cvc"],
        properties: {
          number: {
            type: "string",
            pattern: "^[0-9](?:[ -]?[0-9])*$",
            minLength: 12,
            maxLength: 37,
          },
          expiry: {
            anyOf: [
              { type: "string", minLength: 4, maxLength: 9 },
              {
                type: "object",
                properties: {
                  month: { type: "integer", minimum: 1, maximum: 12 },
                  year: { type: "integer" },
                },
                required: ["month", "year"],
              },
            ],
          },
          cvc: { type: "string", pattern: "^[0-9]{3,4}$", minLength: 3, maxLength: 4 },
          name: { type: "string", minLength: 1, maxLength: 100 },
          postalCode: { type: "string", minLength: 3, maxLength: 10 },
        },
      });
    });

    it("follows the options: accepted brands, the CVC's brand, the text lengths", () => {
      const amex = card({ acceptedBrands: ["american-express"], maxNameLength: 26 });
      expect(toJSONSchema(amex).properties).toMatchObject({
        number: { minLength: 15, maxLength: 29 },
        name: { maxLength: 26 },
      });
      expect(
        z.toJSONSchema(cardCvc({ brand: "american-express" }) as never, { io: "input" }),
      ).toMatchObject({
        pattern: "^[0-9]{4}$",
        minLength: 4,
        maxLength: 4,
      });
      expect(z.toJSONSchema(cardNumber({ maxLength: 16 }) as never, { io: "input" })).toMatchObject(
        {
          maxLength: 31,
        },
      );
    });

    it("nests in an object schema", () => {
      const checkout = toJSONSchema(objectOf({ card: card({ now }) }));
      expect(checkout.properties.card).toMatchObject({ type: "object" });
    });

    // Every text the suite parses successfully fits the patterns, and the wrong ones do not.
    const patterns: [string, string, boolean][] = [
      ["number", "4242 4242 4242 4242", true],
      ["number", "3782-822463-10005", true],
      ["number", "4242  4242", false],
      ["cvc", "737", true],
      ["cvc", "73a", false],
      ...["03/30", "3 / 30", "03/2030", "2030-03", "0130", "01/26", "3-30"].map(
        (text): [string, string, boolean] => ["expiry", text, true],
      ),
      ...["13/30", "03/", "ab/cd", "3/300"].map((text): [string, string, boolean] => [
        "expiry",
        text,
        false,
      ]),
    ];
    it.each(patterns)("the %s pattern on %j: %s", (field, text, fits) => {
      const property = toJSONSchema(card({ now })).properties[field];
      const pattern = property?.pattern ?? property?.anyOf?.[0]?.pattern ?? "";
      expect(new RegExp(pattern).test(text)).toBe(fits);
    });

    it("fails on the output side with zod's reason: the outputs are made by transforms", () => {
      expect(() => toJSONSchema(card({ now }), "output")).toThrow(/transform/i);
    });
  });

  describe(`${name}: collect()'s result`, () => {
    const collected: CollectedCard = {
      number: VISA,
      expiry: { month: 3, year: 2030 },
      cvc: new Sensitive("737"),
      brand: "visa",
      name: "Ada Lovelace",
      postalCode: "SW1A 1AA",
    };

    it("is accepted as it is: the expiry object, the Sensitive CVC (kept), the brand dropped", () => {
      const result = card({ now }).safeParse(collected);
      expect(result).toEqual({
        success: true,
        data: {
          number: VISA,
          expiry: { month: 3, year: 2030 },
          cvc: collected.cvc,
          name: "Ada Lovelace",
          postalCode: "SW1A 1AA",
        },
      });
      expect((result.data as { cvc: unknown }).cvc).toBe(collected.cvc);
    });

    it("is judged like any card: a 3-digit code for American Express fails on ['cvc']", () => {
      const amex = { ...collected, number: AMEX, brand: "american-express" };
      expect(issuesOf(card({ now }), amex)).toEqual([["cvc", "cvc_length"]]);
    });

    it("with a wiped code asks for the code", () => {
      const cvc = new Sensitive("737");
      cvc.wipe();
      expect(issuesOf(card({ now }), { ...collected, cvc })).toEqual([["cvc", "required"]]);
    });
  });

  describe(`${name}: no issue, message or serialized error carries the card number or CVC`, () => {
    const NUMBER = "4000 0566 5566 5556"; // Luhn-valid Visa debit
    const DIGITS = NUMBER.replaceAll(" ", "");
    const CVC = "9173";
    const schemas: [string, Schema, unknown][] = [
      ["cardNumber (luhn)", cardNumber(), "4000 0566 5566 5557"],
      ["cardNumber (unaccepted)", cardNumber({ acceptedBrands: ["mastercard"] }), NUMBER],
      ["cardNumber (letters)", cardNumber(), `${NUMBER}x`],
      ["cardNumber (too long)", cardNumber(), `${DIGITS}${DIGITS}`],
      ["cardNumber (a number)", cardNumber(), { toString: () => DIGITS }],
      ["cardCvc (brand)", cardCvc({ brand: "visa" }), CVC],
      ["cardCvc (letters)", cardCvc(), `${CVC}x`],
      ["cardCvc (a number)", cardCvc(), 9173],
      [
        "card (fields)",
        card({ now, acceptedBrands: ["mastercard"] }),
        { number: NUMBER, expiry: "12/25", cvc: CVC },
      ],
      ["card (cvc vs brand)", card({ now }), { number: NUMBER, expiry: "03/30", cvc: CVC }],
      ["card (not an object)", card({ now }), `${NUMBER} ${CVC}`],
      ["card (an array)", card({ now }), [NUMBER, CVC]],
      ["card (nested)", objectOf({ card: card({ now }) }), { card: `${NUMBER} ${CVC}` }],
      [
        "card (nested fields)",
        objectOf({ card: card({ now }) }),
        { card: { number: `${NUMBER}1`, expiry: CVC, cvc: `${CVC}9` } },
      ],
    ];

    it.each(schemas)("%s, even with reportInput", (_, schema, value) => {
      for (const reportInput of [false, true]) {
        const result = schema.safeParse(value, { reportInput });
        expect(result.success).toBe(false);
        const error = result.error as ZodErrorLike;
        const serialized = [
          JSON.stringify(error),
          JSON.stringify(error.issues),
          JSON.stringify(z.treeifyError(error as never)),
          z.prettifyError(error as never),
          error.message,
          String(error),
          error.stack ?? "",
          inspect(error, { depth: 10 }),
          inspect(error.issues, { depth: 10 }),
        ].join("\n");
        expect(serialized).not.toContain(DIGITS);
        expect(serialized).not.toContain(CVC);
        // No run of six or more digits from the number (a BIN, or any other slice of it).
        for (const run of serialized.match(/\d{6,}/g) ?? []) expect(DIGITS).not.toContain(run);
        for (const issue of error.issues) expect(issue.input).toBeUndefined();
      }
    });
  });
}
