import type { Edit } from "@cardward/core";
import { isOwnEvent } from "./field-notify";
import { type HistoryMoveKind, historyMove } from "./history-move";
import { makingToken } from "./menu-history";

/** Adds an event listener (in the capture phase with `capture`), removed on destroy. */
export type Listen = <E extends Event>(
  target: EventTarget | null,
  type: string,
  listener: (event: E) => void,
  capture?: boolean,
) => void;

/** What a text input's events drive. */
export interface TextInputActions {
  /** Applies one edit. */
  readonly edit: (edit: Edit) => void;
  /** Backspace in the empty input: whether focus moved back (then the key is consumed). */
  readonly back: () => boolean;
  /** Undoes or redoes one step of the field's own history. */
  readonly history: (move: HistoryMoveKind) => void;
  /** The value the binding last wrote (a `change` with another value is taken in). */
  readonly current: () => string;
}

/** Whether a platform uses Cmd (macOS, iOS) rather than Ctrl for editing shortcuts. */
const usesMeta = (input: HTMLInputElement): boolean =>
  /Mac|iP(hone|ad|od)/.test(input.ownerDocument.defaultView?.navigator?.platform ?? "");

/** The history move an editing shortcut asks for: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y (Cmd on macOS). */
export function shortcutMove(event: KeyboardEvent, meta: boolean): HistoryMoveKind | null {
  const held = meta ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!held || event.altKey || event.isComposing) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey && !meta) return "redo";
  return null;
}

/** The `beforeinput` listener: cancels each edit and hands it on as an `input` edit. */
function onBeforeInput(
  input: HTMLInputElement,
  actions: TextInputActions,
  composing: () => boolean,
) {
  return (event: InputEvent) => {
    const { inputType } = event;
    if (
      composing() ||
      makingToken() ||
      event.isComposing ||
      !event.cancelable ||
      /LineBreak|Paragraph/.test(inputType)
    ) {
      return;
    }
    const move = historyMove(event);
    // A move the document's listener (see `browser-history.ts`) already made is not made twice.
    if (move && event.defaultPrevented) return;
    event.preventDefault();
    if (move) {
      actions.history(move);
      return;
    }
    if (inputType === "deleteContentBackward" && input.value === "" && actions.back()) return;
    actions.edit({
      kind: "input",
      inputType,
      data: event.dataTransfer ? event.dataTransfer.getData("text/plain") : event.data,
    });
  };
}

/**
 * Translates a text input's events into edits, never reading `keyCode` or `keypress` (Android's
 * virtual keyboards do not send them):
 * - `beforeinput` is cancelled and becomes an `input` edit with its text: `data` (Chromium puts
 *   pasted and dropped text there for an `<input>`), or `dataTransfer`'s `text/plain` where a
 *   browser sends that instead; `historyUndo` / `historyRedo` move the field's own history;
 * - Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on macOS) are consumed and move the history too (the
 *   browser's own Undo aimed at another input is `browser-history.ts`'s);
 * - an `input` that no cancelled `beforeinput` preceded (autofill, a non-cancelable
 *   `beforeinput`, Testing Library's `fireEvent.input`), and a `change` whose value is not the one
 *   the binding wrote (`fireEvent.change`), become a `replace` edit of the whole value;
 * - events the binding dispatched itself are ignored (no loop), and so are those of a token step
 *   made for the context menu (see `menu-history.ts`);
 * - during IME composition nothing is touched; `compositionend` applies the composed text;
 * - Backspace in the empty input calls `back` once the returned function has been called: it
 *   turns on the check this needs in the keydown listener.
 */
export function bindTextInput(
  input: HTMLInputElement,
  actions: TextInputActions,
  on: Listen,
): () => void {
  let composing = false;
  let watching = false;
  const meta = usesMeta(input);
  const replace = () =>
    actions.edit({
      kind: "replace",
      value: input.value,
      selectionStart: input.selectionStart ?? input.value.length,
      selectionEnd: input.selectionEnd ?? input.value.length,
    });
  on<InputEvent>(
    input,
    "beforeinput",
    onBeforeInput(input, actions, () => composing),
  );
  on<InputEvent>(input, "input", (event) => {
    if (!isOwnEvent(event) && !composing && !event.isComposing && !makingToken()) replace();
  });
  on(input, "change", (event) => {
    if (!isOwnEvent(event) && !composing && input.value !== actions.current()) replace();
  });
  on(input, "compositionstart", () => {
    composing = true;
  });
  on(input, "compositionend", () => {
    composing = false;
    replace();
  });
  on<KeyboardEvent>(input, "keydown", (event) => {
    const move = shortcutMove(event, meta);
    if (move) {
      event.preventDefault();
      actions.history(move);
    } else if (
      watching &&
      event.key === "Backspace" &&
      !event.isComposing &&
      input.value === "" &&
      actions.back()
    ) {
      event.preventDefault();
    }
  });
  // Backspace in an empty input sends no beforeinput, only keydown: checked once auto-advance
  // needs it.
  return () => {
    watching = true;
  };
}
