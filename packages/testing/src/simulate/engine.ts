/**
 * The browser engine whose event sequence a simulator reproduces. The engines agree on the edits
 * and the caret; they differ in the order of legacy events (see each simulator's notes).
 */
export type SimulatedEngine = "chromium" | "firefox" | "webkit";

/** The engine simulated when none is named. */
export const DEFAULT_ENGINE: SimulatedEngine = "chromium";

/**
 * Whether the engine fires the legacy `textInput` before `beforeinput` rather than after it:
 * WebKit does (its `TypingCommand` dispatches `textInput` from the key event, then the editor's
 * `beforeinput`); Blink and Gecko fire `beforeinput` first. Measured by the e2e suite's
 * engine-events test.
 */
export function textInputBeforeBeforeInput(engine: SimulatedEngine): boolean {
  return engine === "webkit";
}

/**
 * Whether Backspace or Delete with nothing to delete (an empty field, the caret at its start or
 * end) still fires a cancelable `beforeinput`, with no edit and no `input` after it: Blink and
 * Gecko do; WebKit fires only the key events. Measured by the e2e suite's engine-events test.
 */
export function beforeInputWithNothingToDelete(engine: SimulatedEngine): boolean {
  return engine !== "webkit";
}
