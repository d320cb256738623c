import type { Locale } from "../locale/types";
import { listLengths } from "../locale/list-lengths";

/** English messages (the default locale). */
export const en: Locale = {
  tag: "en",
  direction: "ltr",
  fields: {
    number: "card number",
    expiry: "expiry date",
    cvc: "security code",
    name: "cardholder name",
    postalCode: "postal code",
  },
  messages: {
    required: ({ field }) => `Enter the ${en.fields[field ?? "number"]}.`,
    invalid_type: ({ field }) => `The ${en.fields[field ?? "number"]} must be text.`,
    invalid_characters: ({ field }) =>
      `The ${en.fields[field ?? "number"]} contains characters that are not allowed.`,
    too_short: ({ field, expected }) =>
      expected?.length
        ? `The ${en.fields[field ?? "number"]} is too short: it needs ${listLengths(expected, "or")} characters.`
        : `The ${en.fields[field ?? "number"]} is too short.`,
    too_long: ({ field, expected }) =>
      expected?.length
        ? `The ${en.fields[field ?? "number"]} is too long: it takes at most ${Math.max(...expected)} characters.`
        : `The ${en.fields[field ?? "number"]} is too long.`,
    luhn: () => "The card number is not valid. Check it for typing mistakes.",
    unknown_brand: () => "This card number does not belong to a known card brand.",
    unsupported_brand: ({ brand }) =>
      brand ? `${brand} cards are not accepted.` : "This card brand is not accepted.",
    invalid_month: () => "The expiry month must be between 01 and 12.",
    invalid_year: () => "The expiry year is not valid.",
    expired: () => "The card has expired.",
    too_far_ahead: ({ maxYearsAhead }) =>
      `The expiry date is more than ${maxYearsAhead ?? 19} years ahead.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Enter the expiry date as MM / YY."
        : `The ${en.fields[field ?? "number"]} is not in a valid format.`,
    cvc_length: ({ codeName, expected }) =>
      `The ${codeName ?? "security code"} must be ${listLengths(expected ?? [3, 4], "or")} digits.`,
  },
};
