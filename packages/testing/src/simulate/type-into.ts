import { KEYS, keyEvent, keyForChar } from "./dom-events";
import { runInsert } from "./edit-command";
import { DEFAULT_ENGINE, type SimulatedEngine } from "./engine";
import {
  assertTextField,
  focusField,
  type Position,
  placeCaret,
  setSelection,
  type TextField,
} from "./text-field";

/** Options of {@link typeInto}. */
export interface TypeOptions {
  /**
   * Where to type: a caret offset, or a `[start, end]` selection the first character replaces.
   * @default the current selection when the field has focus, else the end of its value
   */
  readonly at?: Position;
  /**
   * The engine whose event order to fire: WebKit sends `textInput` before `beforeinput`.
   * @default "chromium"
   */
  readonly engine?: SimulatedEngine;
}

/**
 * Types `text` into a field one character at a time, firing for each character the events
 * Chromium fires for a key on a US keyboard:
 *
 * 1. `keydown` (cancelable): canceling it stops everything but `keyup`.
 * 2. `keypress` (cancelable, `charCode` = the character): Chromium still sends it for keys that
 *    produce text; canceling it stops the edit (w3c/uievents#220 records this order).
 * 3. `beforeinput` (`InputEvent`, cancelable, `inputType: "insertText"`, `data` = the character,
 *    `dataTransfer` null): canceling it stops the edit.
 * 4. `textInput` (legacy `TextEvent`, cancelable, `data`): Blink and Gecko fire it after
 *    `beforeinput` (w3c/uievents#353); WebKit fires it before (`engine: "webkit"`); canceling it
 *    stops the edit.
 * 5. The browser's own edit: the selection is replaced by the character and the caret put after
 *    it, with `maxlength` applied; the value is written through the prototype's setter.
 * 6. `input` (`InputEvent`, not cancelable, same `inputType`/`data`), only if the value changed.
 * 7. `keyup`.
 *
 * A line break presses Enter: in a textarea it inserts `insertLineBreak`; in an input only the
 * key events fire (no implicit form submission is simulated). A read-only field gets the key
 * events and no edit; a disabled one gets nothing. The field is focused first (`focus`,
 * `focusin`) unless it already has focus.
 *
 * @example
 * typeInto(numberInput, "4242424242424242");
 * typeInto(numberInput, "1", { at: 4 }); // insert at offset 4
 */
export function typeInto(el: TextField, text: string, options: TypeOptions = {}): void {
  assertTextField(el, "typeInto");
  if (el.disabled) return;
  const hadFocus = el.ownerDocument.activeElement === el;
  focusField(el);
  if (options.at !== undefined) placeCaret(el, options.at);
  else if (!hadFocus) setSelection(el, el.value.length);
  const engine = options.engine ?? DEFAULT_ENGINE;
  for (const char of text) typeChar(el, char === "\r" ? "\n" : char, engine);
}

function typeChar(el: TextField, char: string, engine: SimulatedEngine): void {
  const key = char === "\n" ? KEYS.enter : keyForChar(char);
  const charCode = char === "\n" ? 13 : undefined;
  const extra = charCode === undefined ? {} : { charCode };
  if (keyEvent(el, "keydown", key) && keyEvent(el, "keypress", key, extra) && !el.readOnly) {
    if (char !== "\n") {
      runInsert(el, { inputType: "insertText", text: char, textInput: true, engine });
    } else if (el.tagName === "TEXTAREA") {
      const lineBreak = { inputType: "insertLineBreak", text: "\n", data: null, textInput: true };
      runInsert(el, { ...lineBreak, engine });
    }
  }
  keyEvent(el, "keyup", key);
}
