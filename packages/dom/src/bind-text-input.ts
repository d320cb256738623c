import type { Edit } from "@cardward/core";

/** Adds an event listener that is removed when the controller is destroyed. */
export type Listen = <E extends Event>(
  target: EventTarget | null,
  type: string,
  listener: (event: E) => void,
) => void;

/**
 * Translates a text input's events into edits, never reading `keyCode` or `keypress` (Android's
 * virtual keyboards do not send them):
 * - `beforeinput` is cancelled and becomes an `input` edit with its text: `data` (Chromium puts
 *   pasted and dropped text there for an `<input>`), or `dataTransfer`'s `text/plain` where a
 *   browser sends that instead;
 * - an `input` that no cancelled `beforeinput` preceded (autofill, undo, a non-cancelable
 *   `beforeinput`) becomes a `replace` edit of the whole value;
 * - during IME composition nothing is touched; `compositionend` applies the composed text;
 * - Backspace in the empty input calls `back`, which returns whether focus moved back (then the
 *   key is consumed), once the returned function has been called: it adds the keydown listener
 *   this needs.
 * `history` says whether undo/redo may run (the CVC refuses: its history holds mask characters).
 */
export function bindTextInput(
  input: HTMLInputElement,
  edit: (edit: Edit) => void,
  back: () => boolean,
  history: boolean,
  on: Listen,
): () => void {
  let composing = false;
  const replace = () =>
    edit({
      kind: "replace",
      value: input.value,
      selectionStart: input.selectionStart as number,
      selectionEnd: input.selectionEnd as number,
    });
  on<InputEvent>(input, "beforeinput", (event) => {
    const { inputType } = event;
    if (
      composing ||
      event.isComposing ||
      !event.cancelable ||
      /LineBreak|Paragraph/.test(inputType)
    ) {
      return;
    }
    if (inputType.startsWith("history")) {
      if (!history) event.preventDefault();
      return;
    }
    event.preventDefault();
    if (inputType === "deleteContentBackward" && input.value === "" && back()) return;
    edit({
      kind: "input",
      inputType,
      data: event.dataTransfer ? event.dataTransfer.getData("text/plain") : event.data,
    });
  });
  on<InputEvent>(input, "input", (event) => {
    if (!composing && !event.isComposing) replace();
  });
  on(input, "compositionstart", () => {
    composing = true;
  });
  on(input, "compositionend", () => {
    composing = false;
    replace();
  });
  // Backspace in an empty input sends no beforeinput, only keydown. That listener is added when
  // something needs it (auto-advance), as each listener costs every keystroke.
  let watching = false;
  return () => {
    if (!watching) {
      watching = true;
      on<KeyboardEvent>(input, "keydown", (event) => {
        if (event.key === "Backspace" && !event.isComposing && input.value === "" && back()) {
          event.preventDefault();
        }
      });
    }
  };
}
