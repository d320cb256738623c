// A frame holds one input, so a focused frame whose input is not focused is of use to no one.

/**
 * Gives the input the focus whenever the frame's document has it and nothing inside does.
 *
 * That happens on a page label's click. The page SDK focuses the iframe element, which a
 * cross-origin frame needs before it may take the focus, and then sends its `focus` command. The
 * frame runs `input.focus()`, but Chromium may apply the page's iframe focus after it, across
 * processes. The frame's document is then focused with its body active, and typing goes nowhere.
 * In CI that was 1 label click in 3 while a sibling frame held the focus.
 *
 * The same holds for a click on the frame outside its input. The check runs when the frame's
 * window takes the focus, and after each blur of the input (a task later, once the focus has
 * settled). Leaving the frame clears `hasFocus()`, so the focus is never pulled back into it.
 */
export function keepInputFocus(input: HTMLInputElement, signal: AbortSignal): void {
  const doc = input.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const settle = () => {
    const idle = doc.activeElement === null || doc.activeElement === doc.body;
    if (!signal.aborted && idle && doc.hasFocus()) input.focus();
  };
  view.addEventListener("focus", settle, { signal });
  input.addEventListener("blur", () => view.setTimeout(settle, 0), { signal });
}
