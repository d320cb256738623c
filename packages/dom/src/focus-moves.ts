import type { Control } from "./resolve-fields";

/** Moves focus to the next (`1`) or previous (`-1`) bound control; whether there was one. */
export type MoveFocus = (from: Control, step: 1 | -1) => boolean;

/** Whether `b` follows `a` in document order. */
const follows = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * Focus moves between the bound `controls` in document order (what auto-advance does). Going
 * back, the caret goes to the end of what is there (a `<select>` has no caret).
 */
export function createFocusMoves(controls: readonly Control[]): MoveFocus {
  return (from, step) => {
    const order = [...controls].sort((a, b) => (follows(a, b) ? -1 : 1));
    const target = order[order.indexOf(from) + step];
    if (!target) return false;
    target.focus();
    if (step < 0 && "setSelectionRange" in target) {
      const end = target.value.length;
      target.setSelectionRange(end, end);
    }
    return true;
  };
}
