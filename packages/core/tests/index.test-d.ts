import { describe, expectTypeOf, it } from "vitest";
import type {
  CardFormValues,
  CardSchemaInput,
  CardSchemaOutput,
  CardwardSchema,
  CardwardSchemaIssue,
  IssueCode,
} from "../src/index";
import { cardSchema, Sensitive } from "../src/index";

describe("the types in public signatures are exported from the index", () => {
  it("names the schema's types", () => {
    expectTypeOf(cardSchema()).toEqualTypeOf<CardwardSchema<CardFormValues, CardSchemaOutput>>();
    expectTypeOf<CardwardSchemaIssue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<CardFormValues>().toMatchTypeOf<CardSchemaInput>();
  });
});

describe("Sensitive", () => {
  it("reveal() is the secret's type (it throws once wiped); tryReveal() may be undefined", () => {
    const cvc = new Sensitive("737");
    expectTypeOf(cvc.reveal()).toEqualTypeOf<string>();
    expectTypeOf(cvc.tryReveal()).toEqualTypeOf<string | undefined>();
  });
});
