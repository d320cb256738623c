import type { CvcOptions, ExpiryOptions, IssueCode, NumberOptions } from "@cardward/core";

/** One input for a validator, the options to pass with it, and why it is there. */
export interface Example<O> {
  /** What a person typed, pasted or an API received (not always a string). */
  readonly input: unknown;
  /** Options to pass to the validator with it (a fixed `now` for expiries). */
  readonly options?: O;
  /** What the example shows. */
  readonly note: string;
}

/** The issue codes `validateNumber` reports. */
export type NumberIssueCode = Extract<
  IssueCode,
  | "required"
  | "invalid_type"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_length"
  | "luhn"
  | "unknown_brand"
  | "unsupported_brand"
>;

/** The issue codes `validateExpiry` reports. */
export type ExpiryIssueCode = Extract<
  IssueCode,
  | "required"
  | "invalid_type"
  | "invalid_characters"
  | "invalid_format"
  | "invalid_month"
  | "expired"
  | "too_far_ahead"
>;

/** The issue codes `validateCvc` reports. */
export type CvcIssueCode = Extract<IssueCode, "required" | "invalid_characters" | "cvc_length">;

/**
 * The clock every expiry example is judged against: 15 June 2026, noon UTC. Pass the example's
 * `options` (which carry it) rather than today's date, so the examples never go stale.
 */
export const EXAMPLE_NOW = "2026-06-15T12:00:00Z";

const at = (): ExpiryOptions => ({ now: () => new Date(EXAMPLE_NOW) });

/** Numbers that fail `validateNumber` with each code. */
export const FAILING_NUMBERS: Readonly<Record<NumberIssueCode, readonly Example<NumberOptions>[]>> =
  {
    required: [
      { input: "", note: "nothing typed" },
      { input: "   ", note: "only spaces" },
      { input: undefined, note: "no value at all" },
    ],
    invalid_type: [
      { input: true, note: "a boolean" },
      { input: { number: "4242424242424242" }, note: "an object" },
    ],
    invalid_characters: [
      { input: "4242 4242 4242 424a", note: "a letter" },
      { input: "4242\u200b4242 4242 4242", note: "a zero-width space" },
    ],
    too_short: [
      { input: "4242 4242 4242", note: "12-digit Visa" },
      { input: "3782 822463 1000", note: "14-digit American Express" },
    ],
    too_long: [
      { input: "4242 4242 4242 4242 4242", note: "20-digit Visa" },
      { input: "3782 822463 100050", note: "16-digit American Express" },
    ],
    invalid_length: [
      { input: "4242 4242 4242 4242 4", note: "17-digit Visa (Visa has 16, 18 or 19)" },
      { input: "6011 1111 1111 1111 11", note: "18-digit Discover (Discover has 16 or 19)" },
    ],
    luhn: [
      { input: "4242424242424241", note: "Stripe's Luhn-failing Visa" },
      { input: "378282246310006", note: "American Express, last digit off by one" },
    ],
    unknown_brand: [
      { input: "7777 7777 7777 7777", note: "no brand starts with 7" },
      { input: "1234 5678 9012 3456", note: "no brand starts with 12" },
    ],
    unsupported_brand: [
      {
        input: "378282246310005",
        options: { acceptedBrands: ["visa", "mastercard"] },
        note: "American Express where only Visa and Mastercard are accepted",
      },
    ],
  };

/** Expiries that pass `validateExpiry` at {@link EXAMPLE_NOW}. */
export const PASSING_EXPIRIES: readonly Example<ExpiryOptions>[] = [
  { input: "12/30", options: at(), note: "MM/YY" },
  { input: "12 / 30", options: at(), note: "MM / YY, as formatted fields show it" },
  { input: "1/30", options: at(), note: "M/YY" },
  { input: "12/2030", options: at(), note: "MM/YYYY (autofill)" },
  { input: "2030-12", options: at(), note: "YYYY-MM (autofill)" },
  { input: "1230", options: at(), note: "MMYY" },
  { input: { month: 3, year: 2030 }, options: at(), note: "an object (Adyen's test expiry)" },
  { input: "06/26", options: at(), note: "the current month is still valid" },
];

/** Expiries that fail `validateExpiry` at {@link EXAMPLE_NOW} with each code. */
export const FAILING_EXPIRIES: Readonly<
  Record<ExpiryIssueCode, readonly Example<ExpiryOptions>[]>
> = {
  required: [
    { input: "", options: at(), note: "nothing typed" },
    { input: undefined, options: at(), note: "no value at all" },
  ],
  invalid_type: [{ input: 1230, options: at(), note: "a number" }],
  invalid_characters: [{ input: "12/3O", options: at(), note: "the letter O for a zero" }],
  invalid_format: [{ input: "12/30/30", options: at(), note: "three parts" }],
  invalid_month: [
    { input: "13/30", options: at(), note: "month 13" },
    { input: "00/30", options: at(), note: "month 0" },
  ],
  expired: [
    { input: "05/26", options: at(), note: "last month" },
    { input: "12/2020", options: at(), note: "years ago" },
  ],
  too_far_ahead: [
    { input: "01/50", options: at(), note: "more than 19 years ahead (the default limit)" },
    { input: "12/30", options: { ...at(), maxYearsAhead: 2 }, note: "beyond `maxYearsAhead`" },
  ],
};

/** Security codes that pass `validateCvc`. */
export const PASSING_CVCS: readonly Example<CvcOptions>[] = [
  { input: "123", options: { brand: "visa" }, note: "three digits for Visa" },
  {
    input: "7373",
    options: { brand: "american-express" },
    note: "four digits for American Express",
  },
  { input: "737", note: "no brand known: three digits" },
  { input: "7373", note: "no brand known: four digits" },
];

/** Security codes that fail `validateCvc` with each code. */
export const FAILING_CVCS: Readonly<Record<CvcIssueCode, readonly Example<CvcOptions>[]>> = {
  required: [{ input: "", note: "nothing typed" }],
  invalid_characters: [{ input: "12a", note: "a letter" }],
  cvc_length: [
    { input: "12", options: { brand: "visa" }, note: "too short for Visa" },
    { input: "1234", options: { brand: "visa" }, note: "too long for Visa" },
    {
      input: "123",
      options: { brand: "american-express" },
      note: "too short for American Express",
    },
  ],
};
