import { CONTROL, digitAt } from "../text/normalize";

/** The mask character cardward shows for a hidden digit when none (or an unusable one) is given. */
export const DEFAULT_MASK = "\u2022";

/** Any space, line or paragraph separator. */
const WHITESPACE = /\s/;

/**
 * Whether `value` can be a mask character: exactly one Unicode code point (one or two UTF-16 code
 * units: `"*"`, `"•"`, `"🔒"`) that a person can see and that is not a digit of any script, a
 * space, a control or an invisible character. The one rule for every mask in cardward: the
 * security-code field's, `maskNumber`'s, and the DOM binding's `cvcMask` setting.
 *
 * @example
 * isMaskChar("•"); // true
 * isMaskChar("7"); // false
 * isMaskChar("**"); // false
 */
export function isMaskChar(value: unknown): value is string {
  if (typeof value !== "string" || value === "") return false;
  const { digit, width } = digitAt(value, 0);
  const codePoint = value.codePointAt(0) ?? 0;
  const lone = codePoint >= 0xd800 && codePoint <= 0xdfff;
  return (
    width === value.length && digit < 0 && !lone && !CONTROL.test(value) && !WHITESPACE.test(value)
  );
}

/** `mask` when {@link isMaskChar} accepts it, else {@link DEFAULT_MASK}. */
export const maskChar = (mask: unknown): string => (isMaskChar(mask) ? mask : DEFAULT_MASK);
