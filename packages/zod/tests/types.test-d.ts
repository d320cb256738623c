import type { ExpiryInput, Sensitive } from "@cardward/core";
import type { CollectedCard } from "@cardward/dom";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type * as zm from "zod/mini";
import * as classic from "../src/index";
import * as mini from "../src/mini";

type Expiry = { readonly month: number; readonly year: number };
type CardIn = {
  number: string;
  expiry: ExpiryInput;
  cvc: string | Sensitive<string>;
  name?: string | undefined;
  postalCode?: string | undefined;
};
declare const collected: CollectedCard;

type CardOut = {
  number: string;
  expiry: Expiry;
  cvc: Sensitive<string>;
  name?: string | undefined;
  postalCode?: string | undefined;
};

describe("@cardward/zod inferred types", () => {
  it("cardNumber: string in, string out", () => {
    const schema = classic.cardNumber();
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<string>();
  });

  it("cardExpiry: text or { month, year } in, { month, year } out", () => {
    const schema = classic.cardExpiry({ now: new Date() });
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<ExpiryInput>();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<Expiry>();
  });

  it("cardCvc: text or a Sensitive in, Sensitive out", () => {
    const schema = classic.cardCvc({ brand: "visa" });
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<string | Sensitive<string>>();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<Sensitive<string>>();
  });

  it("card: an object schema with optional name and postal code", () => {
    const schema = classic.card({ acceptedBrands: ["visa"] });
    expectTypeOf(schema).toExtend<z.ZodObject>();
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<CardIn>();
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<CardOut>();
    expectTypeOf(schema.shape.cvc).toEqualTypeOf<classic.CardCvcSchema>();
    const checkout = z.object({ card: schema, email: z.string() });
    expectTypeOf<z.output<typeof checkout>["card"]["cvc"]>().toEqualTypeOf<Sensitive<string>>();
  });

  it("takes collect()'s result and form values with no cast", () => {
    const schema = classic.card();
    expectTypeOf<CollectedCard>().toExtend<z.input<typeof schema>>();
    expectTypeOf<{ number: string; expiry: string; cvc: string }>().toExtend<
      z.input<typeof schema>
    >();
    // A typed server action: its parameter is the schema's input type.
    const action = (input: z.input<typeof schema>) => schema.safeParse(input);
    expectTypeOf(action).toBeCallableWith(collected);
  });

  it("rejects options that do not exist", () => {
    // @ts-expect-error: not a brand id
    classic.card({ acceptedBrands: ["visa-electron"] });
    // @ts-expect-error: the expiry takes no brand
    classic.cardExpiry({ brand: "visa" });
  });
});

describe("@cardward/zod/mini inferred types", () => {
  it("has the same input and output types", () => {
    expectTypeOf<zm.input<ReturnType<typeof mini.cardNumber>>>().toEqualTypeOf<string>();
    expectTypeOf<zm.output<ReturnType<typeof mini.cardNumber>>>().toEqualTypeOf<string>();
    expectTypeOf<zm.output<ReturnType<typeof mini.cardExpiry>>>().toEqualTypeOf<Expiry>();
    expectTypeOf<zm.output<ReturnType<typeof mini.cardCvc>>>().toEqualTypeOf<Sensitive<string>>();
    const schema = mini.card();
    expectTypeOf(schema).toExtend<zm.ZodMiniObject>();
    expectTypeOf<zm.input<typeof schema>>().toEqualTypeOf<CardIn>();
    expectTypeOf<zm.output<typeof schema>>().toEqualTypeOf<CardOut>();
    expectTypeOf<CollectedCard>().toExtend<zm.input<typeof schema>>();
  });
});
