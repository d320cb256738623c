import type { StandardSchemaV1 as Spec } from "@standard-schema/spec";
import { describe, expectTypeOf, it } from "vitest";
import type {
  CardFormValues,
  CardSchemaInput,
  CardSchemaOutput,
} from "../src/schema/standard-schema";
import {
  cardSchema,
  cvcSchema,
  expirySchema,
  numberSchema,
  type StandardSchemaV1,
} from "../src/schema/standard-schema";
import type { Sensitive } from "../src/sensitive";
import type { CardField, IssueCode } from "../src/types";
import type { ExpiryInput } from "../src/validators/expiry";

describe("the copied StandardSchemaV1", () => {
  it("is interchangeable with @standard-schema/spec's", () => {
    expectTypeOf<StandardSchemaV1<string, number>>().toExtend<Spec<string, number>>();
    expectTypeOf<Spec<string, number>>().toExtend<StandardSchemaV1<string, number>>();
    expectTypeOf<StandardSchemaV1.Issue>().toEqualTypeOf<Spec.Issue>();
  });
});

const number = numberSchema();
const expiry = expirySchema();
const cvc = cvcSchema();
const card = cardSchema();

describe("the schemas' inferred types", () => {
  it("numberSchema reads and gives a string", () => {
    expectTypeOf<Spec.InferInput<typeof number>>().toEqualTypeOf<string>();
    expectTypeOf<Spec.InferOutput<typeof number>>().toEqualTypeOf<string>();
  });

  it("expirySchema reads a string by default, or the shape named, and gives a month and a year", () => {
    expectTypeOf<Spec.InferInput<typeof expiry>>().toEqualTypeOf<string>();
    expectTypeOf<Spec.InferOutput<typeof expiry>>().toEqualTypeOf<{
      readonly month: number;
      readonly year: number;
    }>();
    const parts = expirySchema<{ month: number; year: number }>();
    expectTypeOf<Spec.InferInput<typeof parts>>().toEqualTypeOf<{ month: number; year: number }>();
    // @ts-expect-error: an expiry is never a boolean
    expirySchema<boolean>();
    const any = expirySchema<ExpiryInput>();
    expectTypeOf<Spec.InferInput<typeof any>>().toEqualTypeOf<ExpiryInput>();
  });

  it("cvcSchema reads a string (or a Sensitive) and gives a Sensitive", () => {
    expectTypeOf<Spec.InferInput<typeof cvc>>().toEqualTypeOf<string>();
    expectTypeOf<Spec.InferOutput<typeof cvc>>().toEqualTypeOf<Sensitive<string>>();
    const wrapped = cvcSchema<Sensitive<string>>();
    expectTypeOf<Spec.InferInput<typeof wrapped>>().toEqualTypeOf<Sensitive<string>>();
  });

  it("cardSchema reads a form's strings and gives a CardSchemaOutput", () => {
    expectTypeOf<Spec.InferInput<typeof card>>().toEqualTypeOf<CardFormValues>();
    expectTypeOf<Spec.InferOutput<typeof card>>().toEqualTypeOf<CardSchemaOutput>();
    expectTypeOf<CardSchemaOutput["cvc"]>().toEqualTypeOf<Sensitive<string>>();
    expectTypeOf<CardSchemaOutput["expiry"]>().toEqualTypeOf<{
      readonly month: number;
      readonly year: number;
    }>();
    expectTypeOf<CardSchemaOutput["name"]>().toEqualTypeOf<string | undefined>();
  });

  it("plugs into a form whose values are strings, with or without name and postal code", () => {
    type Values = { number: string; expiry: string; cvc: string };
    expectTypeOf(card).toExtend<Spec<Values, unknown>>();
    expectTypeOf(card).toExtend<Spec<Values & { name: string }, unknown>>();
    expectTypeOf(card).not.toExtend<Spec<Values & { cvc: number }, unknown>>();
    expectTypeOf(card).toExtend<Spec<CardFormValues, unknown>>();
    const custom = cardSchema<CardSchemaInput>();
    expectTypeOf<Spec.InferInput<typeof custom>>().toEqualTypeOf<CardSchemaInput>();
    // @ts-expect-error: a card needs a number
    cardSchema<{ expiry: string; cvc: string }>();
  });

  it("validates synchronously, with stable codes", () => {
    const result = card["~standard"].validate({});
    expectTypeOf(result).not.toExtend<Promise<unknown>>();
    if (result.issues) {
      expectTypeOf(result.issues[0]?.code).toEqualTypeOf<IssueCode | undefined>();
      expectTypeOf(result.issues[0]?.path).toEqualTypeOf<readonly [CardField] | undefined>();
    } else {
      expectTypeOf(result.value).toEqualTypeOf<CardSchemaOutput>();
    }
  });
});
