/**
 * The current time: a `Date`, or a function returning one. Every check that reads the clock takes
 * one; without it the check calls `new Date()` once.
 */
export type Now = Date | (() => Date);

const MILLISECONDS_PER_SECOND = 1000;

/** `now`, or the real clock when absent (read once). */
export function readDate(now: Now | undefined): Date {
  if (now === undefined) return new Date();
  return typeof now === "function" ? now() : now;
}

/** `now` (or the real clock when absent) as a JWT NumericDate: whole seconds since the epoch. */
export function readNumericDate(now: Now | undefined): number {
  return Math.floor(readDate(now).getTime() / MILLISECONDS_PER_SECOND);
}

/** A NumericDate as a `Date`. */
export function fromNumericDate(seconds: number): Date {
  return new Date(seconds * MILLISECONDS_PER_SECOND);
}
