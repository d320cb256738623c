// Small readers over parsed JSON (`unknown`), so received tokens are checked member by member
// instead of being cast to the shape they claim to have.

/** `text` parsed as JSON, or `undefined` when it is not JSON. The parse error is dropped: its message quotes the input. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `source[key]` when it is a string. */
export function readString(source: object, key: string): string | undefined {
  const value: unknown = Reflect.get(source, key);
  return typeof value === "string" ? value : undefined;
}

/** `source[key]` when it is an integer. */
export function readInteger(source: object, key: string): number | undefined {
  const value: unknown = Reflect.get(source, key);
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
}

/** `source[key]` when it is an array of strings. */
export function readStrings(source: object, key: string): string[] | undefined {
  const value: unknown = Reflect.get(source, key);
  if (!Array.isArray(value)) return undefined;
  const strings = value.filter((item): item is string => typeof item === "string");
  return strings.length === value.length ? strings : undefined;
}

/** Whether `source` has its own member `key` (present, whatever its value). */
export function hasMember(source: object, key: string): boolean {
  return Object.hasOwn(source, key);
}
