/**
 * Sets properties on `Object.prototype` for the length of one call, and always takes them off
 * again: what a prototype-pollution bug elsewhere in a page does to every object.
 */
export function withPollution<T>(pollution: Readonly<Record<string, unknown>>, call: () => T): T {
  const keys = Object.keys(pollution).filter((key) => !Object.hasOwn(Object.prototype, key));
  for (const key of keys) {
    Object.defineProperty(Object.prototype, key, {
      value: pollution[key],
      configurable: true,
      writable: true,
      enumerable: false,
    });
  }
  try {
    return call();
  } finally {
    for (const key of keys) Reflect.deleteProperty(Object.prototype, key);
  }
}
