/** Undoes one patch. */
export type Restore = () => void;

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** Puts back `target[key]` as it was: its own descriptor, or no own property at all. */
function restorer(target: object, key: string): Restore {
  const own = Object.getOwnPropertyDescriptor(target, key);
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

/**
 * Replaces the method `target[key]` with one that calls `wrap(original, this, args)`. The
 * replacement is an own property; the returned function restores the original exactly.
 */
export function patchMethod(
  target: Record<string, unknown>,
  key: string,
  wrap: (original: Fn, self: unknown, args: unknown[]) => unknown,
): Restore {
  const restore = restorer(target, key);
  const original = target[key] as Fn;
  Object.defineProperty(target, key, {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function (this: unknown, ...args: unknown[]) {
      return wrap(original, this, args);
    },
  });
  return restore;
}

/**
 * Shadows the accessor `target[key]` (found anywhere on its prototype chain) with an own accessor
 * built from the original descriptor; the returned function removes it again.
 */
export function patchProperty(
  target: object,
  key: string,
  make: (original: PropertyDescriptor) => Pick<PropertyDescriptor, "get" | "set">,
): Restore {
  let proto: object | null = target;
  let descriptor: PropertyDescriptor | undefined;
  while (proto && !descriptor) {
    descriptor = Object.getOwnPropertyDescriptor(proto, key);
    proto = Object.getPrototypeOf(proto);
  }
  if (!descriptor?.set) return () => {};
  const restore = restorer(target, key);
  Object.defineProperty(target, key, { configurable: true, enumerable: true, ...make(descriptor) });
  return restore;
}
/** Runs restores in reverse order of patching. */
export function restoreAll(restores: readonly Restore[]): void {
  for (const restore of [...restores].reverse()) restore();
}
