// The form's schema for react-hook-form's resolver: cardward's own Standard Schemas for the card
// number and expiry, so the form's errors carry cardward's messages on the right fields. The
// security code is not in it: the form never holds it (it comes only from `collect()`).
import { expirySchema, numberSchema, type StandardSchemaV1 } from "@cardward/core";

/** What react-hook-form holds: the non-secret fields, as the inputs show them. */
export interface CheckoutValues {
  number: string;
  expiry: string;
  name: string;
  postal: string;
}

/** The card fields cardward's schemas check (the name and postal code are optional). */
const CARD_SCHEMAS = { number: numberSchema(), expiry: expirySchema() } as const;
const CHECKED = ["number", "expiry"] as const;

/** Checks one field with its cardward schema; its issues carry the field's path. */
function issuesOf(key: (typeof CHECKED)[number], value: string): readonly StandardSchemaV1.Issue[] {
  const result = CARD_SCHEMAS[key]["~standard"].validate(value);
  if (result instanceof Promise || !result.issues) return [];
  return result.issues.map(({ message }) => ({ message, path: [key] }));
}

/** The string at `key` of the form's values ("" when missing). */
function textAt(input: unknown, key: keyof CheckoutValues): string {
  if (typeof input !== "object" || input === null) return "";
  const value: unknown = Reflect.get(input, key);
  return typeof value === "string" ? value : "";
}

/** A Standard Schema of the whole form, built from cardward's per-field schemas. */
export const checkoutSchema: StandardSchemaV1<CheckoutValues> = {
  "~standard": {
    version: 1,
    vendor: "cardward-example",
    validate(input) {
      const values: CheckoutValues = {
        number: textAt(input, "number"),
        expiry: textAt(input, "expiry"),
        name: textAt(input, "name"),
        postal: textAt(input, "postal"),
      };
      const issues = CHECKED.flatMap((key) => issuesOf(key, values[key]));
      return issues.length > 0 ? { issues } : { value: values };
    },
  },
};
