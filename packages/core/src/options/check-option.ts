import { getBrand } from "../brands/detect-brand";
import type { Locale } from "../locale/types";
import type { BrandId } from "../types";
import { ISSUE_CODES } from "../types";
import { invalidOption } from "./own-options";

/**
 * Checks of single option values, for the entry points' option readers. Each returns the value
 * when it is usable (`undefined` when absent) and throws `invalid_option` naming the option, never
 * its value, when it is not.
 */

/** An integer option within `min`-`max` (both included), or undefined when absent. */
export function integerOption(
  value: unknown,
  name: string,
  range: { readonly min: number; readonly max: number },
): number | undefined {
  if (value === undefined) return undefined;
  const usable = typeof value === "number" && Number.isInteger(value);
  if (usable && value >= range.min && value <= range.max) return value;
  const bounded = range.max < Number.MAX_SAFE_INTEGER;
  throw invalidOption(
    name,
    bounded
      ? `an integer from ${range.min} to ${range.max}`
      : `an integer of at least ${range.min}`,
  );
}

/** A boolean option, or undefined when absent. */
export function booleanOption(value: unknown, name: string): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  throw invalidOption(name, "a boolean");
}

/** Reads `list[index]` of an array-like option; a throwing getter or trap makes it unusable. */
function readItems(list: unknown, name: string): unknown[] {
  try {
    if (Array.isArray(list)) return Array.from(list);
  } catch {
    // A revoked proxy or a getter that throws: not a list that can be read.
  }
  throw invalidOption(name, "an array");
}

/** The most brand ids a list may hold: every brand once, with room for repeats. */
const MAX_BRAND_LIST = 64;

/** A list of known brand ids, copied (so later changes to the caller's array do not count). */
export function brandListOption(value: unknown, name: string): readonly BrandId[] | undefined {
  if (value === undefined) return undefined;
  const items = readItems(value, name);
  const ids: BrandId[] = [];
  for (const item of items.slice(0, MAX_BRAND_LIST + 1)) {
    const brand = typeof item === "string" ? getBrand(item) : null;
    if (!brand || items.length > MAX_BRAND_LIST) break;
    ids.push(brand.id);
  }
  if (ids.length === items.length) return Object.freeze(ids);
  throw invalidOption(name, "an array of brand ids");
}

/** Locales already checked: a locale is checked once, not on every call. */
const checkedLocales = new WeakSet<object>();

/** Whether `value` is a locale: an object with a message formatter for every issue code. */
function isLocale(value: unknown): value is Locale {
  if (typeof value !== "object" || value === null) return false;
  if (checkedLocales.has(value)) return true;
  try {
    const messages: unknown = Reflect.get(value, "messages");
    const complete =
      typeof messages === "object" &&
      messages !== null &&
      ISSUE_CODES.every((code) => typeof Reflect.get(messages, code) === "function");
    if (complete) checkedLocales.add(value);
    return complete;
  } catch {
    return false;
  }
}

/** A locale with a message for every issue code, or undefined when absent. */
export function localeOption(value: unknown, name = "locale"): Locale | undefined {
  if (value === undefined || isLocale(value)) return value;
  throw invalidOption(name, "a locale with a message for every issue code");
}
