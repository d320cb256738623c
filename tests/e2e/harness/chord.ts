// Chords written the Playwright way (`Shift+ArrowRight`, `ControlOrMeta+V`), split into the
// modifiers held down and the key pressed, for the drivers that press keys one by one.

/** A chord: modifiers held, in order, around one key. */
export interface Chord {
  readonly modifiers: readonly string[];
  readonly key: string;
}

/** `ControlOrMeta` is Meta on macOS and Control elsewhere, as in Playwright. */
const CONTROL_OR_META = process.platform === "darwin" ? "Meta" : "Control";

/** Splits `Shift+ArrowRight` into `{ modifiers: ["Shift"], key: "ArrowRight" }` (`+` alone is a key). */
export function parseChord(chord: string): Chord {
  const parts = chord.length > 1 ? chord.split("+") : [chord];
  const key = parts.pop() || "+";
  const modifiers = parts.map((part) => (part === "ControlOrMeta" ? CONTROL_OR_META : part));
  return { modifiers, key };
}
