import { digitAt } from "../text/normalize";
import type { UnitReader } from "../text/unit-reader";
import { SEPARATOR_UNIT } from "./expiry-typing";

/** What a person types between a month and a year: spaces, slashes, dashes, dots. */
const TYPED_SEPARATOR = /[^\S\ufeff]|[-./\u2010-\u2014\u2212\u2215\uff0f]/;

/**
 * Reads one unit of text typed into an expiry field: a digit of any script (as ASCII), a typed
 * separator (as {@link SEPARATOR_UNIT}), or null for anything else.
 */
export const readExpiryUnit: UnitReader = (text, i) => {
  const { digit, width } = digitAt(text, i);
  if (digit >= 0) return { unit: String(digit), width };
  return { unit: TYPED_SEPARATOR.test(text.charAt(i)) ? SEPARATOR_UNIT : null, width };
};
