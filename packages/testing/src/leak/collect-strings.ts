const MAX_DEPTH = 8;

/**
 * Every string a value shows when logged or serialized: primitives, own data properties (keys
 * and values, symbols included) at any depth, array items, Map and Set entries, an error's
 * message and stack, a DOM node's HTML and an input's value, and the result of a custom
 * `toString` (so a `Sensitive` contributes only `"[redacted]"`). Getters are not called; cycles
 * and anything that throws are skipped.
 */
export function collectStrings(
  value: unknown,
  out: string[] = [],
  seen = new Set<object>(),
  depth = 0,
): string[] {
  if (value === null || value === undefined) return out;
  if (typeof value === "string") out.push(value);
  else if (typeof value === "symbol") out.push(value.description ?? "");
  else if (typeof value !== "object" && typeof value !== "function") out.push(String(value));
  else if (!seen.has(value) && depth <= MAX_DEPTH) {
    seen.add(value);
    try {
      collectObject(value, out, seen, depth + 1);
    } catch {
      // A hostile proxy or a revoked object: nothing more to read.
    }
  }
  return out;
}

function collectObject(value: object, out: string[], seen: Set<object>, depth: number): void {
  const node = value as {
    nodeType?: unknown;
    outerHTML?: unknown;
    textContent?: unknown;
    value?: unknown;
  };
  if (typeof node.nodeType === "number") {
    const html = typeof node.outerHTML === "string" ? node.outerHTML : node.textContent;
    if (typeof html === "string") out.push(html);
    if (typeof node.value === "string") out.push(node.value);
    return;
  }
  if (value instanceof Error) out.push(value.message, value.stack ?? "");
  if (value instanceof Map) {
    for (const [k, v] of value) {
      collectStrings(k, out, seen, depth);
      collectStrings(v, out, seen, depth);
    }
  } else if (value instanceof Set) {
    for (const v of value) collectStrings(v, out, seen, depth);
  }
  const custom = (value as { toString?: unknown }).toString;
  if (
    typeof custom === "function" &&
    custom !== Object.prototype.toString &&
    !Array.isArray(value)
  ) {
    const shown = String(value);
    if (typeof shown === "string") out.push(shown);
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (typeof key === "string") out.push(key);
    if (descriptor && "value" in descriptor) collectStrings(descriptor.value, out, seen, depth);
  }
}
