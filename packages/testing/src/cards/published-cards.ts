import type { BrandId } from "@cardward/core";

/** The processor whose published test list a number comes from. */
export type TestCardSource = "stripe" | "braintree" | "adyen";

/** A card number a payment processor publishes for testing. */
export interface TestCard {
  /** The number, digits only. */
  readonly number: string;
  /** The brand `@cardward/core` detects for it. */
  readonly brand: BrandId;
  /** Whose list it is from. */
  readonly source: TestCardSource;
  /** The processor's own description, e.g. `"Visa (debit)"`. */
  readonly label: string;
}

/** Brands with published test numbers. */
export type PublishedBrand =
  | "visa"
  | "mastercard"
  | "american-express"
  | "diners-club"
  | "discover"
  | "jcb"
  | "unionpay"
  | "maestro";

type Row = readonly [source: TestCardSource, number: string, label: string];

/**
 * From Stripe's "Testing" page (docs.stripe.com/testing), Braintree's "Testing and Go Live"
 * credit card numbers and Adyen's test card numbers (Adyen: CVC 737, 7373 for Amex, expiry
 * 03/2030). Every number passes the Luhn check, UnionPay's included (UnionPay does not require
 * it, but these happen to pass).
 */
const ROWS: Readonly<Record<PublishedBrand, readonly Row[]>> = {
  visa: [
    ["stripe", "4242424242424242", "Visa"],
    ["stripe", "4000056655665556", "Visa (debit)"],
    ["braintree", "4111111111111111", "Visa"],
    ["adyen", "4111111111111111", "Visa"],
  ],
  mastercard: [
    ["stripe", "5555555555554444", "Mastercard"],
    ["stripe", "2223003122003222", "Mastercard (2-series)"],
    ["stripe", "5200828282828210", "Mastercard (debit)"],
    ["stripe", "5105105105105100", "Mastercard (prepaid)"],
    ["braintree", "5555555555554444", "Mastercard"],
    ["braintree", "2223000048400011", "Mastercard (2-series)"],
    ["adyen", "5555555555554444", "Mastercard"],
    ["adyen", "2222400070000005", "Mastercard (2-series)"],
  ],
  "american-express": [
    ["stripe", "378282246310005", "American Express"],
    ["stripe", "371449635398431", "American Express"],
    ["braintree", "378282246310005", "American Express"],
    ["adyen", "370000000000002", "American Express"],
  ],
  "diners-club": [
    ["stripe", "3056930009020004", "Diners Club"],
    ["stripe", "36227206271667", "Diners Club (14-digit card)"],
  ],
  discover: [
    ["stripe", "6011111111111117", "Discover"],
    ["stripe", "6011000990139424", "Discover"],
    ["braintree", "6011000991300009", "Discover"],
    ["adyen", "6011601160116611", "Discover"],
  ],
  jcb: [
    ["stripe", "3566002020360505", "JCB"],
    ["braintree", "3530111333300000", "JCB"],
    ["adyen", "3569990010095841", "JCB"],
  ],
  unionpay: [
    ["stripe", "6200000000000005", "UnionPay"],
    ["stripe", "6200000000000047", "UnionPay (debit)"],
    ["stripe", "6205500000000000004", "UnionPay (19-digit card)"],
    ["braintree", "6243030000000001", "UnionPay"],
    ["adyen", "6250946000000016", "UnionPay"],
  ],
  maestro: [
    ["braintree", "6304000000000000", "Maestro"],
    ["adyen", "6771798021000008", "Maestro"],
  ],
};

function freezeRows(brand: PublishedBrand): readonly TestCard[] {
  return Object.freeze(
    ROWS[brand].map(([source, number, label]) => Object.freeze({ number, brand, source, label })),
  );
}

/** Published test numbers by brand. */
export const PUBLISHED_CARDS: Readonly<Record<PublishedBrand, readonly TestCard[]>> = Object.freeze(
  {
    visa: freezeRows("visa"),
    mastercard: freezeRows("mastercard"),
    "american-express": freezeRows("american-express"),
    "diners-club": freezeRows("diners-club"),
    discover: freezeRows("discover"),
    jcb: freezeRows("jcb"),
    unionpay: freezeRows("unionpay"),
    maestro: freezeRows("maestro"),
  },
);
