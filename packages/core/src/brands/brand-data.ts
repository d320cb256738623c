import type { BrandId, SecurityCodeName } from "../types";

/**
 * A brand's prefix (`4`), or a range of prefixes `[from, to]` whose ends have the same number of
 * digits (`[2221, 2720]`), as credit-card-type writes them.
 */
export type BrandPattern = number | readonly [from: number, to: number];

/** One brand of the generated table: credit-card-type's fields, plus whether Luhn applies. */
export interface BrandData {
  /** Stable id, e.g. `"american-express"`. */
  readonly id: BrandId;
  /** Display name, e.g. `"American Express"`. */
  readonly name: string;
  /** The prefixes a number of this brand starts with. */
  readonly patterns: readonly BrandPattern[];
  /** Allowed numbers of digits, ascending. */
  readonly lengths: readonly number[];
  /** Digit offsets after which a space is shown. */
  readonly gaps: readonly number[];
  /** The security code's name and number of digits. */
  readonly code: { readonly name: SecurityCodeName; readonly size: 3 | 4 };
  /** Whether a valid number must pass the Luhn check. */
  readonly luhn: boolean;
}
