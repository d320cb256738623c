import {
  BRANDS,
  type CardOptions,
  type CvcOptions,
  getBrand,
  type NumberOptions,
} from "@cardward/core";
import type { $ZodType, JSONSchema } from "zod/v4/core";

/** Core's default longest cardholder name. */
const DEFAULT_MAX_NAME_LENGTH = 100;
/** Core's default shortest and longest postal codes. */
const DEFAULT_POSTAL_CODE_LENGTH = { min: 3, max: 10 } as const;
/** The security code's sizes while the brand is unknown. */
const CVC_SIZES = { min: 3, max: 4 } as const;

/** ASCII digits, with one space or dash allowed between two of them. */
const NUMBER_PATTERN = "^[0-9](?:[ -]?[0-9])*$";
/**
 * The expiry's text forms: `MM/YY`, `MM / YY`, `M/YY`, `MM/YYYY`, `MM-YY`, `MMYY` and `YYYY-MM`.
 * The validator reads a few more (Unicode digits); this is what a client should send.
 */
const EXPIRY_PATTERN =
  "^(?:(?:0?[1-9]|1[0-2]) ?[/-] ?(?:[0-9]{2}|[0-9]{4})|(?:0[1-9]|1[0-2])[0-9]{2}|[0-9]{4}-(?:0[1-9]|1[0-2]))$";
/** `M/YY` and `MMYY` are the shortest forms, `MM / YYYY` the longest. */
const EXPIRY_LENGTH = { min: 4, max: 9 } as const;
/** The furthest year `{ month, year }` may hold. */
const MAX_YEAR = 9999;
const DECEMBER = 12;

/**
 * Gives a schema the JSON Schema `z.toJSONSchema` emits for it (zod's `_zod.toJSONSchema` hook,
 * there since zod 4.0.0). cardward's fields accept any value at run time (so zod never raises, or
 * echoes the value in, an issue of its own); this is what they document to a client. A fresh
 * object each time: zod writes into what it is given.
 */
export function withJsonSchema<T extends $ZodType>(
  schema: T,
  describe: () => JSONSchema.JSONSchema,
): T {
  schema._zod.toJSONSchema = describe;
  return schema;
}

/** The shortest and longest number, in digits, of the brands accepted. */
function numberLengths(options: NumberOptions): { min: number; max: number } {
  const brands = options.acceptedBrands?.flatMap((id) => getBrand(id) ?? []) ?? BRANDS;
  const lengths = brands.flatMap((brand) => brand.lengths);
  const max = Math.min(Math.max(...lengths), options.maxLength ?? Number.POSITIVE_INFINITY);
  return { min: Math.min(...lengths, max), max };
}

/** A card number: digits, one space or dash between two, as long as the brands accepted allow. */
export function numberJsonSchema(options: NumberOptions): JSONSchema.JSONSchema {
  const { min, max } = numberLengths(options);
  return {
    type: "string",
    description: `A card number: ${min} to ${max} digits, spaces or dashes between them allowed.`,
    pattern: NUMBER_PATTERN,
    minLength: min,
    // Room for one separator between every two digits.
    maxLength: max * 2 - 1,
  };
}

/** An expiry: one of its text forms, or `{ month, year }`. */
export function expiryJsonSchema(): JSONSchema.JSONSchema {
  return {
    description: "An expiry date: MM/YY (or another accepted form), or { month, year }.",
    anyOf: [
      {
        type: "string",
        pattern: EXPIRY_PATTERN,
        minLength: EXPIRY_LENGTH.min,
        maxLength: EXPIRY_LENGTH.max,
      },
      {
        type: "object",
        properties: {
          month: { type: "integer", minimum: 1, maximum: DECEMBER },
          year: { type: "integer", minimum: 0, maximum: MAX_YEAR },
        },
        required: ["month", "year"],
      },
    ],
  };
}

/** A security code: the brand's size of digits, or 3 or 4 while the brand is not known. */
export function cvcJsonSchema(options: CvcOptions): JSONSchema.JSONSchema {
  const brand = typeof options.brand === "string" ? getBrand(options.brand) : options.brand;
  const size = brand?.code.size;
  const { min, max } = size ? { min: size, max: size } : CVC_SIZES;
  return {
    type: "string",
    description: "A card security code (CVC, CVV, CID).",
    pattern: min === max ? `^[0-9]{${min}}$` : `^[0-9]{${min},${max}}$`,
    minLength: min,
    maxLength: max,
  };
}

/** A cardholder name. */
export function nameJsonSchema(options: CardOptions): JSONSchema.JSONSchema {
  return {
    type: "string",
    description: "The cardholder's name.",
    minLength: 1,
    maxLength: options.maxNameLength ?? DEFAULT_MAX_NAME_LENGTH,
  };
}

/** A postal code. */
export function postalCodeJsonSchema(options: CardOptions): JSONSchema.JSONSchema {
  return {
    type: "string",
    description: "The billing postal code.",
    minLength: options.postalCodeMinLength ?? DEFAULT_POSTAL_CODE_LENGTH.min,
    maxLength: options.postalCodeMaxLength ?? DEFAULT_POSTAL_CODE_LENGTH.max,
  };
}
