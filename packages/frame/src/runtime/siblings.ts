// How the frames of one card form find each other: each registers a small interface on its own
// window, which only same-origin windows (the other card frames) can read. The page, on another
// origin, cannot: reading a property of a cross-origin window throws a SecurityError.
import type { BrandId, CardField, Sensitive } from "@cardward/core";

/** The property each card frame's window carries. */
const REGISTRY_KEY = "__cardwardField";

/** A field's value as the leader reads it at submit. */
export interface SiblingValue {
  /** The field's text (for the CVC, mask characters only). */
  readonly value: string;
  /** The CVC's digits. */
  readonly secret?: Sensitive<string> | undefined;
}

/** What one card frame offers the others of its group. */
export interface SiblingApi {
  readonly group: string;
  readonly field: CardField;
  /** The current value: read by the leader at submit only. */
  read(): SiblingValue;
  /** Marks the field touched (its error shows), as a submit does. */
  touch(): void;
  /** The number frame tells the CVC frame the brand (its code's length). */
  setBrand(id: BrandId | null): void;
  /** The number's current brand (asked by a CVC frame that starts after the number frame). */
  brand(): BrandId | null;
}

/** Makes `api` readable by the other card frames. */
export function register(view: Window, api: SiblingApi): void {
  Object.defineProperty(view, REGISTRY_KEY, { value: api, configurable: true });
}

/** Takes the registration away (destroy). */
export function unregister(view: Window): void {
  Reflect.deleteProperty(view, REGISTRY_KEY);
}

/** The frame's registration, or null for a cross-origin window or a frame that has none. */
function registration(candidate: Window): SiblingApi | null {
  try {
    return (Reflect.get(candidate, REGISTRY_KEY) as SiblingApi | undefined) ?? null;
  } catch {
    // A cross-origin window: the only way to tell is that reading a property throws.
    return null;
  }
}

/** The registered card frames of `group` among the parent's frames, this one included. */
export function findGroup(view: Window, group: string): SiblingApi[] {
  const { frames } = view.parent;
  const found: SiblingApi[] = [];
  for (let index = 0; index < frames.length; index += 1) {
    const frame = frames[index];
    const api = frame ? registration(frame) : null;
    if (api?.group === group) found.push(api);
  }
  return found;
}

/** The registered card frames of `group` other than `view`'s own. */
export function otherFrames(view: Window, group: string): SiblingApi[] {
  const own = registration(view);
  return findGroup(view, group).filter((api) => api !== own);
}
