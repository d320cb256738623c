/**
 * A browser enables its context menu's Undo and Redo from the document's one undo stack, which a
 * bound field never adds to: the binding writes its values itself. So on a page where only the
 * card fields were typed into, Undo and Redo show disabled in a card field's menu, though the
 * field has its own history (see `bind-text-input.ts` for the page where other inputs were).
 *
 * When the menu is about to open (`contextmenu`, before the browser reads what is enabled) on a
 * field that has a step to undo or redo the browser does not offer, the field gets a token step
 * through the browser's own editing that leaves its value as it was (see `tokenStep`) and puts no
 * text in the browser's stack but one character. Undo then shows enabled, and sends its
 * `historyUndo` to the field, whose binding cancels it and moves the field's own history; for
 * Redo, a token step is made and undone. The browser keeps its tokens: a menu may later offer a
 * move the field no longer has, which then does nothing.
 *
 * Not in the security code while it shows digits (revealed): a token would copy one into the
 * browser's undo stack.
 */

/** Whether a token is being made: the `input` events the browser sends then change nothing. */
let making = false;

/** Whether the browser is sending the `input` of a token step being made now. */
export const makingToken = (): boolean => making;

/** Whether `command` is enabled in the browser's editing, reading false where it cannot say. */
function enabled(doc: Document, command: string): boolean {
  try {
    return doc.queryCommandEnabled(command);
  } catch {
    return false;
  }
}

/** The last character of `text`, both halves of a surrogate pair kept together; "" when empty. */
const lastCharacter = (text: string): string => Array.from(text.slice(-2)).at(-1) ?? "";

/**
 * Makes one step through the browser's editing that leaves the value as it was, then puts the
 * selection back: the last character (a whole code point) replaced by itself, or in an empty
 * field a space typed and deleted again (listeners see it come and go). With `undone`, the step
 * is undone at once, so it waits on the redo stack.
 */
function tokenStep(input: HTMLInputElement, undone: boolean): void {
  const doc = input.ownerDocument;
  const { value, selectionStart, selectionEnd } = input;
  const direction = input.selectionDirection === "backward" ? "backward" : "forward";
  const last = lastCharacter(value);
  making = true;
  try {
    input.setSelectionRange(value.length - last.length, value.length);
    doc.execCommand("insertText", false, last || " ");
    if (undone) doc.execCommand("undo");
    else if (!last) doc.execCommand("delete");
  } finally {
    making = false;
    input.setSelectionRange(selectionStart, selectionEnd, direction);
  }
}

/**
 * Offers a field's own undo and redo to the context menu about to open on it (see above).
 * `moves` says what the field's history can do now.
 */
export function offerToMenu(
  input: HTMLInputElement,
  moves: { readonly undo: boolean; readonly redo: boolean },
): void {
  const doc = input.ownerDocument;
  if (typeof doc.execCommand !== "function") return;
  // An Undo token goes first: making a step empties the browser's redo stack.
  if (moves.undo && !enabled(doc, "undo")) tokenStep(input, false);
  if (moves.redo && !enabled(doc, "redo")) tokenStep(input, true);
}
