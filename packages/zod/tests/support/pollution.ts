// Object.prototype pollution for zod's hostile-input tests. The hostile values themselves are
// the repository's one set, in packages/core/tests/support/hostile-values.ts.

/** The keys polluting `Object.prototype` is tried with: every option and every field name. */
export const POLLUTED_KEYS = [
  "acceptedBrands",
  "maxLength",
  "luhnValidateUnionPay",
  "now",
  "maxYearsAhead",
  "brand",
  "locale",
  "maxNameLength",
  "postalCodeMinLength",
  "postalCodeMaxLength",
  "reveal",
  "isWiped",
  "number",
  "expiry",
  "cvc",
  "name",
  "postalCode",
  "month",
  "year",
  "params",
  "message",
] as const;

/** Sets `keys` on `Object.prototype` to `value` while `run` runs, then removes them. */
export function withPollutedPrototype<T>(keys: readonly string[], value: unknown, run: () => T): T {
  for (const key of keys) {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  }
  try {
    return run();
  } finally {
    for (const key of keys) Reflect.deleteProperty(Object.prototype, key);
  }
}
