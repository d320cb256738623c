import type { Edit } from "@cardward/core";

/** What a bound text input reports to its controller. */
export interface TextInputHandlers {
  /** An edit to apply: `input` edits apply to the input's current selection. */
  edit(edit: Edit): void;
  /** The input gained (`true`) or lost focus; `leaving` is where focus went. */
  focus(focused: boolean, leaving: EventTarget | null): void;
  /** Backspace in the empty input: returns whether focus moved back (then the key is consumed). */
  back(): boolean;
  /** Whether undo/redo may run (the CVC refuses: its history would only hold mask characters). */
  readonly history: boolean;
}

/**
 * Translates a text input's events into edits, never reading `keyCode` or `keypress` (Android's
 * virtual keyboards do not send them):
 * - `beforeinput` is cancelled and becomes an `input` edit (paste and drop carry `text/plain`);
 * - an `input` that no cancelled `beforeinput` preceded (autofill, undo, a non-cancelable
 *   `beforeinput`) becomes a `replace` edit of the whole value;
 * - during IME composition nothing is touched; `compositionend` applies the composed text.
 * Listeners are removed when `signal` aborts.
 */
export function bindTextInput(
  input: HTMLInputElement,
  handlers: TextInputHandlers,
  signal: AbortSignal,
): void {
  let composing = false;
  const replace = () =>
    handlers.edit({
      kind: "replace",
      value: input.value,
      selectionStart: input.selectionStart ?? input.value.length,
      selectionEnd: input.selectionEnd ?? input.value.length,
    });
  const on = <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => input.addEventListener(type, listener, { signal });

  on("beforeinput", (event) => {
    const { inputType } = event;
    if (composing || event.isComposing || !event.cancelable) return;
    if (inputType.startsWith("history")) {
      if (!handlers.history) event.preventDefault();
      return;
    }
    if (inputType === "insertLineBreak" || inputType === "insertParagraph") return;
    if (inputType === "deleteContentBackward" && input.value === "" && handlers.back()) {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    // Paste and drop carry their text in `dataTransfer`, not `data`.
    const data = event.dataTransfer ? event.dataTransfer.getData("text/plain") : event.data;
    handlers.edit({ kind: "input", inputType, data });
  });
  on("input", (event) => {
    if (!composing && !(event as InputEvent).isComposing) replace();
  });
  on("compositionstart", () => {
    composing = true;
  });
  on("compositionend", () => {
    composing = false;
    replace();
  });
  on("keydown", (event) => {
    if (event.key === "Backspace" && !event.isComposing && input.value === "" && handlers.back()) {
      event.preventDefault();
    }
  });
  on("focus", () => handlers.focus(true, null));
  on("blur", (event) => handlers.focus(false, event.relatedTarget));
}
