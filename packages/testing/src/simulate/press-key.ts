import { KEYS, type KeyInfo, keyEvent } from "./dom-events";
import { runDelete } from "./edit-command";
import { DEFAULT_ENGINE, type SimulatedEngine } from "./engine";
import {
  assertTextField,
  focusField,
  type Position,
  placeCaret,
  type TextField,
} from "./text-field";

/** Options of {@link pressBackspace} and {@link pressDelete}. */
export interface PressOptions {
  /**
   * How many times to press the key.
   * @default 1
   */
  readonly times?: number;
  /**
   * A caret offset or `[start, end]` selection to set before the first press.
   * @default the current selection
   */
  readonly at?: Position;
  /**
   * The engine whose events to fire: they differ when there is nothing to delete.
   * @default "chromium"
   */
  readonly engine?: SimulatedEngine;
}

function press(
  el: TextField,
  action: string,
  key: KeyInfo,
  inputType: string,
  direction: "backward" | "forward",
  options: PressOptions,
): void {
  assertTextField(el, action);
  if (el.disabled) return;
  focusField(el);
  placeCaret(el, options.at);
  for (let i = 0; i < (options.times ?? 1); i++) {
    if (keyEvent(el, "keydown", key) && !el.readOnly) {
      runDelete(el, inputType, direction, options.engine ?? DEFAULT_ENGINE);
    }
    keyEvent(el, "keyup", key);
  }
}

/**
 * Presses Backspace, firing what Chromium fires: `keydown` (cancelable; no `keypress` for this
 * key), then, when there is something to delete, `beforeinput` (cancelable,
 * `inputType: "deleteContentBackward"`, `data` null), the deletion of the selection or of the
 * code point before the caret, `input`, and finally `keyup`. With the caret at the start of the
 * field and no selection, Chromium and Firefox still fire the `beforeinput` but no `input`;
 * WebKit (`engine: "webkit"`) fires neither.
 *
 * @example
 * pressBackspace(numberInput, { times: 2 });
 * pressBackspace(numberInput, { at: 5 }); // the caret after "4242 ": deletes the space
 */
export function pressBackspace(el: TextField, options: PressOptions = {}): void {
  press(el, "pressBackspace", KEYS.backspace, "deleteContentBackward", "backward", options);
}

/**
 * Presses Delete (forward delete): as {@link pressBackspace} with
 * `inputType: "deleteContentForward"`, removing the selection or the code point after the caret;
 * nothing is deleted at the end of the field (where only Chromium and Firefox fire `beforeinput`).
 *
 * @example
 * pressDelete(numberInput, { at: 0 });
 */
export function pressDelete(el: TextField, options: PressOptions = {}): void {
  press(el, "pressDelete", KEYS.delete, "deleteContentForward", "forward", options);
}
