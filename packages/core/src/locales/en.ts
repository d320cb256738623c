import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "card number",
  expiry: "expiry date",
  cvc: "security code",
  name: "cardholder name",
  postalCode: "postal code",
} as const;

const the = (field: CardField | undefined): string => `The ${fields[field ?? "number"]}`;
const unit = (field: CardField | undefined, n: number | undefined): string =>
  (countsDigits(field) ? "digit" : "character") + (n === 1 ? "" : "s");

/**
 * English messages (the default locale).
 *
 * @example
 * import { en } from "@cardward/core/locales/en";
 * validateNumber("4242", { locale: en });
 */
export const en: Locale = {
  tag: "en",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Enter the ${fields[field ?? "number"]}.`,
    invalid_type: ({ field }) => `${the(field)} must be text.`,
    invalid_characters: ({ field }) => `${the(field)} contains characters that are not allowed.`,
    too_short: ({ field, expected }) =>
      expected?.length
        ? `${the(field)} is too short: it needs ${listLengths(expected, "or")} ${unit(field, expected.at(-1))}.`
        : `${the(field)} is too short.`,
    too_long: ({ field, expected }) => {
      const max = expected?.at(-1);
      return max
        ? `${the(field)} is too long: it takes at most ${max} ${unit(field, max)}.`
        : `${the(field)} is too long.`;
    },
    invalid_length: ({ field, brand, expected }) =>
      `${the(field)} has a length ${brand ?? "its brand"} does not use${
        expected?.length
          ? `: it needs ${listLengths(expected, "or")} ${unit(field, expected.at(-1))}`
          : ""
      }.`,
    luhn: () => "The card number is not valid. Check it for typing mistakes.",
    unknown_brand: () => "This card number does not belong to a known card brand.",
    unsupported_brand: ({ brand }) =>
      brand ? `${brand} cards are not accepted.` : "This card brand is not accepted.",
    invalid_month: () => "The expiry month must be between 01 and 12.",
    invalid_year: () => "The expiry year is not valid.",
    expired: () => "The card has expired.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `The expiry date is more than ${n} year${n === 1 ? "" : "s"} ahead.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Enter the expiry date as MM / YY."
        : `${the(field)} is not in a valid format.`,
    cvc_length: ({ codeName, expected }) => {
      const e = expected?.length ? expected : [3, 4];
      return `The ${codeName ?? "security code"} must be ${listLengths(e, "or")} ${unit("cvc", e.at(-1))}.`;
    },
  },
};
