import { createEvent, fire, KEYS, keyEvent } from "./dom-events";
import { runDelete, runInsert } from "./edit-command";
import { DEFAULT_ENGINE, type SimulatedEngine } from "./engine";
import {
  assertTextField,
  focusField,
  type Position,
  placeCaret,
  snapshot,
  type TextField,
} from "./text-field";
import { createTextTransfer, type TextTransfer } from "./text-transfer";

/** Options of {@link paste} and {@link cut}. */
export interface ClipboardOptions {
  /**
   * A caret offset or `[start, end]` selection to set first.
   * @default the current selection
   */
  readonly at?: Position;
  /**
   * `"keyboard"`: Ctrl+V / Ctrl+X, with the key events around the clipboard event.
   * `"menu"`: the context menu or an `execCommand`, without key events.
   * @default "keyboard"
   */
  readonly via?: "keyboard" | "menu";
  /**
   * The engine whose event order to fire: WebKit sends `textInput` before `beforeinput`.
   * @default "chromium"
   */
  readonly engine?: SimulatedEngine;
}

/** Options of {@link paste}. */
export interface PasteOptions extends ClipboardOptions {
  /**
   * Also attach the clipboard as `dataTransfer` to `beforeinput`/`input`. Chromium leaves it null
   * for inputs and textareas and puts the text in `data` (editing_utilities.cc,
   * `DispatchBeforeInputDataTransfer`); contenteditable hosts and code written for them read
   * `dataTransfer.getData("text/plain")` instead, which this lets a test exercise.
   * @default false
   */
  readonly dataTransfer?: boolean;
}

function clipboardEvent(el: TextField, type: "paste" | "cut", data: TextTransfer): boolean {
  const init = { bubbles: true, cancelable: true, composed: true };
  return fire(el, createEvent(el, "ClipboardEvent", type, init, { clipboardData: data }));
}

/** Runs `action` between Ctrl+`key` down and up (or bare, from a menu); keydown can cancel it. */
function withShortcut(
  el: TextField,
  key: typeof KEYS.v | typeof KEYS.x,
  via: string,
  action: () => void,
) {
  if (via === "menu") return action();
  keyEvent(el, "keydown", KEYS.control, { ctrlKey: true });
  if (keyEvent(el, "keydown", key, { ctrlKey: true })) action();
  keyEvent(el, "keyup", key, { ctrlKey: true });
  keyEvent(el, "keyup", KEYS.control);
}

/**
 * Pastes `text` as plain text, firing Chromium's sequence (ClipboardCommands / Editor::Paste):
 * `keydown` Control and `v` (no `keypress` for shortcuts), `paste` (`ClipboardEvent`, cancelable,
 * `clipboardData.getData("text/plain")` = the text), then, unless canceled and unless the field
 * is read-only, `beforeinput` (cancelable, `inputType: "insertFromPaste"`, `data` = the text,
 * `dataTransfer` null as Chromium sends for inputs), `textInput`, the edit (line breaks become
 * spaces in an input, `maxlength` applies), `input`, and the `keyup`s.
 *
 * @example
 * paste(numberInput, "4242 4242 4242 4242");
 */
export function paste(el: TextField, text: string, options: PasteOptions = {}): void {
  assertTextField(el, "paste");
  if (el.disabled) return;
  focusField(el);
  placeCaret(el, options.at);
  withShortcut(el, KEYS.v, options.via ?? "keyboard", () => {
    const clipboard = createTextTransfer(text);
    if (!clipboardEvent(el, "paste", clipboard) || el.readOnly) return;
    const dataTransfer = options.dataTransfer ? clipboard : null;
    const engine = options.engine ?? DEFAULT_ENGINE;
    runInsert(el, { inputType: "insertFromPaste", text, textInput: true, dataTransfer, engine });
  });
}

/**
 * Cuts the selection, firing Chromium's sequence (Editor::Cut): `keydown` Control and `x`, `cut`
 * (`ClipboardEvent`, cancelable, with a writable `clipboardData`). If a listener cancels it, the
 * clipboard gets what the listener set with `setData` and nothing is deleted. Otherwise, with a
 * non-empty selection in an editable field, the selected text goes to the clipboard, then
 * `beforeinput` (cancelable, `inputType: "deleteByCut"`, `data` null), the deletion, `input`.
 *
 * @returns the text the clipboard holds afterwards, or null if the cut left it untouched
 * @example
 * const copied = cut(numberInput, { at: [0, 4] });
 */
export function cut(el: TextField, options: ClipboardOptions = {}): string | null {
  assertTextField(el, "cut");
  if (el.disabled) return null;
  focusField(el);
  placeCaret(el, options.at);
  let written: string | null = null;
  withShortcut(el, KEYS.x, options.via ?? "keyboard", () => {
    const clipboard = createTextTransfer();
    if (!clipboardEvent(el, "cut", clipboard)) {
      if (clipboard.types.includes("text/plain")) written = clipboard.getData("text/plain");
      return;
    }
    const s = snapshot(el);
    if (s.start === s.end || el.readOnly) return;
    // Chromium writes the clipboard before `beforeinput`: canceling that event keeps the text.
    written = s.value.slice(s.start, s.end);
    runDelete(el, "deleteByCut", "selection");
  });
  return written;
}
