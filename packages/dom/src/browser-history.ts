import type { Listen } from "./bind-text-input";
import { hasFocus } from "./has-focus";
import { type HistoryMoveKind, historyMove } from "./history-move";

/** A text field whose history the browser's own Undo and Redo may move. */
export interface HistoryField {
  readonly input: HTMLInputElement;
  /** Moves the field's own history one step. */
  readonly history: (move: HistoryMoveKind) => void;
}

/**
 * The browser's own Undo and Redo (the context menu's, the Edit menu's, Chromium's shortcuts on a
 * page that does not consume them) act on the document's one undo stack. The binding writes its
 * values itself, so the steps there are other inputs' (an e-mail typed into): Undo in a card field
 * would undo that input's typing and move the focus to it. While a card field has the focus, such
 * a `historyUndo` / `historyRedo` aimed elsewhere is cancelled (in the capture phase, before the
 * other input sees it) and moves the field's own history instead. One listener per mount: a
 * keystroke's `beforeinput` passes it with one comparison.
 */
export function takeBrowserHistory(
  doc: Document,
  fields: readonly HistoryField[],
  on: Listen,
): void {
  const listener = (event: InputEvent) => {
    const move = historyMove(event);
    if (!move || !event.cancelable) return;
    const field = fields.find(({ input }) => hasFocus(input));
    // One aimed at the field itself is its own listener's (see `bind-text-input.ts`).
    if (!field || event.composedPath()[0] === field.input) return;
    event.preventDefault();
    field.history(move);
  };
  on<InputEvent>(doc, "beforeinput", listener, true);
}
