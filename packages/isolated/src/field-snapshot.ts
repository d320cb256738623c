import type { FrameFieldState } from "@cardward/frame/protocol";
import type { IsolatedFieldSnapshot } from "./types";

/** A field before its frame reported: empty, not valid, quiet. */
export const INITIAL_SNAPSHOT: IsolatedFieldSnapshot = {
  isValid: false,
  isPotentiallyValid: true,
  issues: [],
  complete: false,
  empty: true,
  focused: false,
  touched: false,
  error: null,
};

/** The page's snapshot of a frame's state report (the field flags only). */
export function snapshotOf(state: FrameFieldState): IsolatedFieldSnapshot {
  const { isValid, isPotentiallyValid, issues, complete, empty, focused, touched, error } = state;
  return { isValid, isPotentiallyValid, issues, complete, empty, focused, touched, error };
}

/** The container classes a snapshot stands for. */
export function stateClasses(snapshot: IsolatedFieldSnapshot): Record<string, boolean> {
  return {
    "is-focused": snapshot.focused,
    "is-invalid": snapshot.error !== null,
    "is-complete": snapshot.complete && snapshot.isValid,
    "is-empty": snapshot.empty,
  };
}
