import type { CvcOptions, ExpiryOptions, NumberOptions } from "@cardward/core";
import {
  type CvcIssueCode,
  type Example,
  type ExpiryIssueCode,
  FAILING_CVCS,
  FAILING_EXPIRIES,
  FAILING_NUMBERS,
  type NumberIssueCode,
  PASSING_CVCS,
  PASSING_EXPIRIES,
} from "./examples";
import { PUBLISHED_CARDS, type PublishedBrand, type TestCard } from "./published-cards";

/** The shape of {@link testCards}. */
export interface TestCards {
  /** Published test numbers by brand. */
  readonly byBrand: Readonly<Record<PublishedBrand, readonly TestCard[]>>;
  /** Every published test number, brand by brand. */
  readonly all: readonly TestCard[];
  /** Inputs each validator accepts. */
  readonly passing: {
    readonly expiry: readonly Example<ExpiryOptions>[];
    readonly cvc: readonly Example<CvcOptions>[];
  };
  /** Inputs that fail, keyed by the issue code they produce. */
  readonly failing: {
    readonly number: Readonly<Record<NumberIssueCode, readonly Example<NumberOptions>[]>>;
    readonly expiry: Readonly<Record<ExpiryIssueCode, readonly Example<ExpiryOptions>[]>>;
    readonly cvc: Readonly<Record<CvcIssueCode, readonly Example<CvcOptions>[]>>;
  };
}

/**
 * Test data for checkout forms: the card numbers Stripe, Braintree and Adyen publish for testing
 * (each tagged with its source), and inputs that fail each validator with each issue code, with
 * the options (a fixed clock for expiries) that make them fail. Never use real cards in tests.
 *
 * @example
 * for (const card of testCards.byBrand.visa) expect(validateNumber(card.number).isValid).toBe(true);
 * for (const ex of testCards.failing.number.luhn) {
 *   expect(validateNumber(ex.input, ex.options).issues[0]?.code).toBe("luhn");
 * }
 */
export const testCards: TestCards = Object.freeze({
  byBrand: PUBLISHED_CARDS,
  all: Object.freeze(Object.values(PUBLISHED_CARDS).flat()),
  passing: Object.freeze({ expiry: PASSING_EXPIRIES, cvc: PASSING_CVCS }),
  failing: Object.freeze({ number: FAILING_NUMBERS, expiry: FAILING_EXPIRIES, cvc: FAILING_CVCS }),
});
