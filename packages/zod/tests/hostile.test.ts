// Issue 14 for zod: no schema throws, whatever the value and whatever is on Object.prototype;
// options are read as own data properties, and wrong ones throw CardwardError invalid_option.
import { CardwardError } from "@cardward/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as zod from "zod";
import { type Hostile, hostileValue } from "../../core/tests/support/hostile-values";
import * as classic from "../src/index";
import * as mini from "../src/mini";
import { POLLUTED_KEYS, withPollutedPrototype } from "./support/pollution";

const now = new Date("2026-01-15T12:00:00Z");
const VISA = "4242424242424242";
const RUNS = 100;

/** A schema of either flavor, as these tests use it. */
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: { message: unknown }[] } };
}

/** Whether the parse answered (a throw fails the property), with a message on every issue. */
function answers(schema: Schema, value: unknown): boolean {
  const result = schema.safeParse(value);
  const issues = result.error?.issues ?? [];
  return typeof result.success === "boolean" && issues.every((i) => typeof i.message === "string");
}

const flavors = [
  ["zod", classic, (shape: Record<string, Schema>): Schema => zod.object(shape as never)],
  ["zod/mini", mini, (shape: Record<string, Schema>): Schema => zod.object(shape as never)],
] as const;

/** A card whose fields are any values, some missing. */
const hostileCard = fc
  .record(
    {
      number: hostileValue,
      expiry: hostileValue,
      cvc: hostileValue,
      name: hostileValue,
      postalCode: hostileValue,
    },
    { requiredKeys: [] },
  )
  .map((fields) => () => {
    const card: Record<string, unknown> = {};
    for (const [key, value] of Object.entries<Hostile>(fields)) card[key] = value.make();
    return card;
  });
const pollution = fc.tuple(fc.subarray([...POLLUTED_KEYS]), hostileValue);

describe.each(flavors)("%s under hostile input", (_, entry, objectOf) => {
  const fieldSchemas = (): Schema[] => {
    const whole = entry.card({ now });
    return [
      entry.cardNumber(),
      entry.cardNumber({ acceptedBrands: ["visa"], maxLength: 16 }),
      entry.cardExpiry({ now }),
      entry.cardCvc(),
      entry.cardCvc({ brand: "american-express" }),
      ...Object.values(whole.shape),
    ];
  };

  it("no field schema throws for any value, with Object.prototype polluted or not", () => {
    const schemas = fieldSchemas();
    fc.assert(
      fc.property(hostileValue, pollution, (value, [keys, polluted]) =>
        withPollutedPrototype(keys, polluted.make(), () =>
          schemas.every((schema) => answers(schema, value.make())),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("card() and a nested card() never throw for a card of any fields, polluted or not", () => {
    const whole = entry.card({ now });
    const nested = objectOf({ card: entry.card({ now }) });
    fc.assert(
      fc.property(hostileCard, pollution, (makeCard, [keys, polluted]) =>
        withPollutedPrototype(
          keys,
          polluted.make(),
          () => answers(whole, makeCard()) && answers(nested, { card: makeCard() }),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["acceptedBrands", ["mastercard"]],
    ["maxLength", 12],
    ["luhnValidateUnionPay", "yes"],
    ["now", () => new Date("2040-01-01")],
    ["maxYearsAhead", 0],
    ["brand", "american-express"],
    ["reveal", () => "1"],
  ])("ignores %s set on Object.prototype", (key, polluted) => {
    withPollutedPrototype([key], polluted, () => {
      const card = { number: VISA, expiry: "03/30", cvc: "737" };
      expect(entry.cardNumber().safeParse(VISA).success).toBe(true);
      expect(entry.cardExpiry({ now }).safeParse("03/30").success).toBe(true);
      expect(entry.cardCvc().safeParse("737").success).toBe(true);
      expect(entry.card({ now }).safeParse(card).success).toBe(true);
    });
  });

  it("reads options as own properties only", () => {
    const inherited = Object.create({ acceptedBrands: ["mastercard"] });
    expect(entry.cardNumber(inherited).safeParse(VISA).success).toBe(true);
    expect(
      entry.card({ ...inherited, now }).safeParse({ number: VISA, expiry: "03/30", cvc: "737" })
        .success,
    ).toBe(true);
  });
});

describe.each(flavors)("%s: malformed options", (_, entry) => {
  const getter = Object.defineProperty({}, "acceptedBrands", { get: () => ["visa"] });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const cases: [string, () => unknown][] = [
    ["cardNumber: acceptedBrands {}", () => entry.cardNumber({ acceptedBrands: {} } as never)],
    [
      "cardNumber: an unknown brand",
      () => entry.cardNumber({ acceptedBrands: ["visa-x"] } as never),
    ],
    [
      "cardNumber: maxLength Infinity",
      () => entry.cardNumber({ maxLength: Number.POSITIVE_INFINITY }),
    ],
    ["cardNumber: maxLength NaN", () => entry.cardNumber({ maxLength: Number.NaN })],
    ["cardNumber: maxLength 20", () => entry.cardNumber({ maxLength: 20 })],
    ["cardNumber: a getter", () => entry.cardNumber(getter)],
    ["cardNumber: a revoked proxy", () => entry.cardNumber(proxy)],
    ["cardNumber: null", () => entry.cardNumber(null as never)],
    ["cardNumber: an array", () => entry.cardNumber([] as never)],
    ["cardNumber: a locale {}", () => entry.cardNumber({ locale: {} } as never)],
    ["cardExpiry: an invalid Date", () => entry.cardExpiry({ now: new Date(Number.NaN) })],
    ["cardExpiry: now a string", () => entry.cardExpiry({ now: "2026-01-01" } as never)],
    ["cardExpiry: maxYearsAhead -1", () => entry.cardExpiry({ maxYearsAhead: -1 })],
    ["cardExpiry: maxYearsAhead 1.5", () => entry.cardExpiry({ maxYearsAhead: 1.5 })],
    ["cardCvc: an unknown brand", () => entry.cardCvc({ brand: "nope" } as never)],
    ["cardCvc: a brand object of no brand", () => entry.cardCvc({ brand: {} } as never)],
    ["card: maxNameLength Infinity", () => entry.card({ maxNameLength: Number.POSITIVE_INFINITY })],
    [
      "card: postal lengths crossed",
      () => entry.card({ postalCodeMinLength: 8, postalCodeMaxLength: 4 }),
    ],
    ["card: postalCodeMaxLength 0", () => entry.card({ postalCodeMaxLength: 0 })],
  ];

  it.each(cases)("%s throws CardwardError invalid_option, naming no value", (_, make) => {
    expect(make).toThrow(CardwardError);
    try {
      make();
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid_option" });
      expect(String(error)).not.toMatch(/visa-x|nope|Infinity|NaN|2026/);
    }
  });
});
