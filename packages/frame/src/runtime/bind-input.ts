import type { Edit } from "@cardward/core";

/**
 * Translates the frame input's events into core edits, as `@cardward/dom` does: a cancelable
 * `beforeinput` is cancelled and becomes an `input` edit (its `data`, or the pasted text); an
 * `input` no cancelled `beforeinput` preceded (autofill, undo) becomes a `replace` of the whole
 * value; nothing happens during IME composition, whose end applies the composed text. `history`
 * says whether undo/redo may run (the CVC refuses: its history holds mask characters).
 */
export function bindInput(
  input: HTMLInputElement,
  edit: (edit: Edit) => void,
  history: boolean,
  signal: AbortSignal,
): void {
  let composing = false;
  const replace = () =>
    edit({
      kind: "replace",
      value: input.value,
      selectionStart: input.selectionStart ?? input.value.length,
      selectionEnd: input.selectionEnd ?? input.value.length,
    });
  const on = <E extends Event>(type: string, listener: (event: E) => void) =>
    input.addEventListener(type, listener as EventListener, { signal });
  on<InputEvent>("beforeinput", (event) => {
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
    const data = event.dataTransfer ? event.dataTransfer.getData("text/plain") : event.data;
    edit({ kind: "input", inputType, data });
  });
  on<InputEvent>("input", (event) => {
    if (!composing && !event.isComposing) replace();
  });
  on("compositionstart", () => {
    composing = true;
  });
  on("compositionend", () => {
    composing = false;
    replace();
  });
}
