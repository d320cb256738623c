/** What an expiry that cannot be read becomes: not a string nor an object, so `invalid_type`. */
const UNREADABLE = Symbol("unreadable");

/** Reads an own property; a trap or getter that throws makes it {@link UNREADABLE}. */
function ownField(object: object, key: string): unknown {
  try {
    return Object.hasOwn(object, key) ? Reflect.get(object, key) : undefined;
  } catch {
    return UNREADABLE;
  }
}

/**
 * The expiry input as the validator may read it without any risk of throwing: primitives as
 * given; an array (or an object whose type cannot be told) as a value of the wrong type; any
 * other object as a plain `{ month, year }` of its own properties (a polluted prototype adds no
 * month), each unreadable one as a value of the wrong type.
 */
export function readExpiryInput(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  try {
    if (Array.isArray(input)) return UNREADABLE;
  } catch {
    return UNREADABLE;
  }
  return { month: ownField(input, "month"), year: ownField(input, "year") };
}
