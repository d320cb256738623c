import { en } from "./locales/en";

/** A card brand id, as credit-card-type names it. */
export type BrandId =
  | "visa"
  | "mastercard"
  | "american-express"
  | "diners-club"
  | "discover"
  | "jcb"
  | "unionpay"
  | "maestro"
  | "elo"
  | "mir"
  | "hiper"
  | "hipercard"
  | "naranja"
  | "verve"
  | "troy";

/** What a brand calls its security code. */
export type SecurityCodeName = "CVV" | "CVC" | "CID" | "CVN" | "CVE" | "CVP2";

/** A card brand: its display name, allowed lengths, digit grouping and security code. */
export interface Brand {
  /** Stable id, e.g. `"visa"` or `"american-express"`. */
  readonly id: BrandId;
  /** Display name, e.g. `"American Express"`. */
  readonly name: string;
  /** Allowed numbers of digits, ascending. */
  readonly lengths: readonly number[];
  /** Digit offsets after which a space is shown, e.g. `[4, 8, 12]`. */
  readonly gaps: readonly number[];
  /** The security code's name and number of digits. */
  readonly code: { readonly name: SecurityCodeName; readonly size: 3 | 4 };
  /** Whether a valid number must pass the Luhn check (false only for UnionPay by default). */
  readonly luhn: boolean;
}

/**
 * A stable issue code. Codes never change meaning; messages come from the active locale.
 * - `required`: nothing was entered.
 * - `invalid_type`: the input is not a string (or, for the expiry, a `{ month, year }` object).
 * - `invalid_characters`: letters, symbols, or invisible / bidirectional control characters.
 * - `too_short` / `too_long`: the length does not fit (the brand's lengths for a number).
 * - `luhn`: the number's check digit is wrong.
 * - `unknown_brand`: no brand starts like this number.
 * - `unsupported_brand`: the brand is not among `acceptedBrands`.
 * - `invalid_month` / `invalid_year`: the expiry's month or year cannot be.
 * - `expired`: the expiry's month has ended everywhere on Earth.
 * - `too_far_ahead`: the expiry is further ahead than `maxYearsAhead`.
 * - `invalid_format`: the text cannot be read as the field's format.
 * - `cvc_length`: the security code's length does not fit the card's brand.
 */
export type IssueCode =
  | "required"
  | "invalid_type"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "luhn"
  | "unknown_brand"
  | "unsupported_brand"
  | "invalid_month"
  | "invalid_year"
  | "expired"
  | "too_far_ahead"
  | "invalid_format"
  | "cvc_length";

/**
 * Every issue code, in a stable order: the order of the English locale's messages, which the
 * `Locale` type makes hold every code exactly once.
 */
export const ISSUE_CODES: readonly IssueCode[] = Object.keys(en.messages) as IssueCode[];

/** The card field an issue or an edit belongs to. */
export type CardField = "number" | "expiry" | "cvc" | "name" | "postalCode";

/**
 * Parameters a message may use. They never carry card data: only the field, a brand's display
 * name, a security code's name and lengths.
 */
export interface IssueParams {
  /** The field the issue is about. */
  readonly field?: CardField;
  /** The brand's display name, e.g. `"American Express"`. */
  readonly brand?: string;
  /** The security code's name for the brand, e.g. `"CID"`. */
  readonly codeName?: string;
  /** The lengths that would be accepted, in ascending order. */
  readonly expected?: readonly number[];
  /** On `too_far_ahead`: the greatest number of years ahead an expiry may be. */
  readonly maxYearsAhead?: number;
}

/** Why a value is not valid right now. */
export interface Issue {
  /** Stable, machine-readable code. */
  readonly code: IssueCode;
  /** Human-readable message in the active locale. */
  readonly message: string;
  /** The parameters the message was built from. */
  readonly params: IssueParams;
}

/** What every validator returns. */
export interface ValidationResult {
  /** The value is complete and valid. */
  readonly isValid: boolean;
  /** The value is valid or could still become valid as the person types on. */
  readonly isPotentiallyValid: boolean;
  /** Why the value is not valid right now (empty when `isValid`). */
  readonly issues: readonly Issue[];
}
