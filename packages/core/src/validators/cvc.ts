import { issuesOf } from "../locale/issue";
import type { LocaleOptions } from "../locale/types";
import { readCvcOptions } from "../options/read-options";
import { unwrapSensitive } from "../sensitive";
import { digitAt } from "../text/normalize";
import type { Brand, BrandId, IssueCode, ValidationResult } from "../types";

/** Options of {@link validateCvc}. */
export interface CvcOptions extends LocaleOptions {
  /**
   * The card's brand (or its id); its code size decides the length. Unknown: 3 or 4 digits.
   * @default null
   */
  readonly brand?: Brand | BrandId | null;
}

/** The result of {@link validateCvc}. */
export interface CvcResult extends ValidationResult {
  /** The lengths accepted for the brand: `[3]`, `[4]`, or `[3, 4]` when the brand is unknown. */
  readonly expectedLengths: readonly number[];
  /** What the brand calls the code (`"CVV"`, `"CID"`, ...), `"CVC"` when it is unknown. */
  readonly codeName: string;
}

/** Longer input is not read at all. */
const MAX_CVC_INPUT = 16;

/**
 * Validates a card security code (CVV, CVC, CID, ...) for a brand: digits only (Unicode digits
 * are read as digits), as many as the brand's code size, 3 or 4 when the brand is unknown.
 * Potentially valid while shorter than the longest expected length. Accepts a
 * `Sensitive<string>` too (a wiped one is `required`), and never puts the code in its result.
 * Never throws for any input; a `brand` that is neither a brand nor a brand id, or a locale
 * that is not one, throws a `CardwardError` (`invalid_option`).
 *
 * @example
 * validateCvc("123", { brand: "american-express" }).issues[0]?.code; // "cvc_length"
 * validateCvc("1234", { brand: "american-express" }).isValid; // true
 */
export function validateCvc(input: unknown, given?: CvcOptions): CvcResult {
  const options = readCvcOptions(given);
  const brand = options.brand;
  const size = brand?.code.size;
  const known = size === 3 || size === 4;
  const expectedLengths: readonly number[] = known ? [size] : [3, 4];
  const codeName = (known && brand?.code.name) || "CVC";
  const value = unwrapSensitive(input);
  let code: IssueCode | null = null;
  let potentially = false;
  if (value == null) code = "required";
  else if (typeof value !== "string") code = "invalid_type";
  else if (value === "") {
    code = "required";
    potentially = true;
  } else if (value.length > MAX_CVC_INPUT) code = "cvc_length";
  else {
    let length = 0;
    for (let i = 0; i < value.length && code === null; length++) {
      const { digit, width } = digitAt(value, i);
      if (digit < 0) code = "invalid_characters";
      i += width;
    }
    if (code === null && !expectedLengths.includes(length)) {
      code = "cvc_length";
      potentially = length < (expectedLengths.at(-1) as number);
    }
  }
  return {
    isValid: !code,
    isPotentiallyValid: !code || potentially,
    issues: issuesOf(code, { field: "cvc", codeName, expected: expectedLengths }, options.locale),
    expectedLengths,
    codeName,
  };
}
