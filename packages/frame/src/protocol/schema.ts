// A small schema language for the channel's messages: every message is checked on receipt, in
// both directions, and only the keys a schema names are kept (anything else the sender added,
// such as a key offered by the page, is dropped before the runtime sees it).

/** What a schema answers for a value it does not accept. */
export const INVALID: unique symbol = Symbol("invalid");

/** Checks an unknown value and returns it (or a copy with known keys only), or {@link INVALID}. */
export interface Schema<T> {
  (input: unknown): T | typeof INVALID;
  /** Set on schemas made by {@link optional}: the key may be missing. */
  readonly optional?: true;
}

/** The type a schema produces. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { readonly optional: true } ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = {
  readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>;
} & { readonly [K in OptionalKeys<S>]?: Infer<S[K]> };

/** A string of at most `max` UTF-16 units, optionally matching `pattern`. */
export function string(max: number, pattern?: RegExp): Schema<string> {
  return (input) =>
    typeof input === "string" && input.length <= max && (!pattern || pattern.test(input))
      ? input
      : INVALID;
}

/** An integer from `min` to `max`. */
export function integer(min: number, max: number): Schema<number> {
  return (input) =>
    Number.isInteger(input) && (input as number) >= min && (input as number) <= max
      ? (input as number)
      : INVALID;
}

/** `true` or `false`. */
export const boolean: Schema<boolean> = (input) => (typeof input === "boolean" ? input : INVALID);

/** One of the given strings. */
export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  return (input) => (values.includes(input as T) ? (input as T) : INVALID);
}

/** `null`, or what `schema` accepts. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (input) => (input === null ? null : schema(input));
}

/** A key that may be missing (or `undefined`); otherwise what `schema` accepts. */
export function optional<T>(
  schema: Schema<T>,
): Schema<T | undefined> & { readonly optional: true } {
  const check = (input: unknown) => (input === undefined ? undefined : schema(input));
  return Object.assign(check, { optional: true as const });
}

/** An array of at most `max` items, each accepted by `item`. */
export function array<T>(item: Schema<T>, max: number): Schema<readonly T[]> {
  return (input) => {
    if (!Array.isArray(input) || input.length > max) return INVALID;
    const out: T[] = [];
    for (const value of input) {
      const parsed = item(value);
      if (parsed === INVALID) return INVALID;
      out.push(parsed);
    }
    return out;
  };
}

/** A plain object whose named keys pass their schemas; other keys are dropped. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
      const parsed = schema(value);
      if (parsed === INVALID) return INVALID;
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as ObjectOf<S>;
  };
}

/** A record with keys from `keys` (all optional), each value accepted by `value`. */
export function record<K extends string, T>(
  keys: readonly K[],
  value: Schema<T>,
): Schema<Partial<Record<K, T>>> {
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
    const out: Partial<Record<K, T>> = {};
    for (const [key, raw] of Object.entries(input)) {
      if (!keys.includes(key as K)) return INVALID;
      const parsed = value(raw);
      if (parsed === INVALID) return INVALID;
      out[key as K] = parsed;
    }
    return out;
  };
}
