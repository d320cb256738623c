import { createEvent, fire, inputEvent, KEYS, keyEvent, textInputEvent } from "./dom-events";
import {
  assertTextField,
  focusField,
  type Position,
  placeCaret,
  snapshot,
  type TextField,
  writeValue,
} from "./text-field";

/** Options of {@link composeIme}. */
export interface ComposeOptions {
  /**
   * The composition string after each keystroke before the commit, e.g. `["に", "にほ", "日本"]`.
   * @default the prefixes of `text`, one code point longer each
   */
  readonly steps?: readonly string[];
  /**
   * A caret offset or `[start, end]` selection the composition replaces.
   * @default the current selection
   */
  readonly at?: Position;
}

function compositionEvent(el: TextField, type: string, data: string): void {
  const init = { bubbles: true, cancelable: false, composed: true };
  fire(el, createEvent(el, "CompositionEvent", type, init, { data }));
}

/**
 * Composes `text` with an input method editor and commits it, firing what Chromium fires in a
 * text field (the order Chrome logs in w3c/uievents#354; w3c/uievents#202 notes that Chrome and
 * Safari send the last `input` before `compositionend`, Firefox after it):
 *
 * - First keystroke: `keydown` (`key: "Process"`, `keyCode` 229), `compositionstart` (`data` =
 *   the replaced selection), `beforeinput` (`inputType: "insertCompositionText"`, `data` = the
 *   composition, `isComposing` true, NOT cancelable), `compositionupdate`, the composition
 *   written into the value, `input` (same fields), `keyup` (`isComposing` true).
 * - Each further step: `keydown`, `beforeinput`, `compositionupdate`, edit, `input`, `keyup`.
 * - Commit (Enter): `keydown` (`isComposing` true), `beforeinput`, `compositionupdate`,
 *   `textInput`, edit, `input` (`isComposing` still true), `compositionend` (`data` = the text),
 *   `keyup` (`key: "Enter"`, `isComposing` false).
 *
 * `maxlength` is not applied while composing. A read-only field gets the key events only.
 *
 * @example
 * composeIme(nameInput, "山田", { steps: ["や", "やま", "山田"] });
 * composeIme(numberInput, "４２４２"); // full-width digits from a Japanese IME
 */
export function composeIme(el: TextField, text: string, options: ComposeOptions = {}): void {
  assertTextField(el, "composeIme");
  if (el.disabled) return;
  focusField(el);
  placeCaret(el, options.at);
  const chars = Array.from(text);
  const steps = options.steps ?? chars.slice(0, -1).map((_, i) => chars.slice(0, i + 1).join(""));
  if (el.readOnly) {
    for (let i = 0; i <= steps.length; i++) {
      keyEvent(el, "keydown", KEYS.process, { isComposing: i > 0 });
      keyEvent(el, "keyup", i < steps.length ? KEYS.process : KEYS.enter);
    }
    return;
  }
  const s = snapshot(el);
  const start = s.start;
  let length = s.end - s.start;
  const update = (data: string, commit: boolean): void => {
    inputEvent(el, "beforeinput", "insertCompositionText", data, { isComposing: true });
    compositionEvent(el, "compositionupdate", data);
    if (commit) textInputEvent(el, data);
    const value = el.value;
    writeValue(el, value.slice(0, start) + data + value.slice(start + length), start + data.length);
    length = data.length;
    inputEvent(el, "input", "insertCompositionText", data, { isComposing: true });
  };
  keyEvent(el, "keydown", KEYS.process);
  compositionEvent(el, "compositionstart", s.value.slice(s.start, s.end));
  steps.forEach((step, i) => {
    if (i > 0) keyEvent(el, "keydown", KEYS.process, { isComposing: true });
    update(step, false);
    keyEvent(el, "keyup", KEYS.process, { isComposing: true });
  });
  if (steps.length > 0) keyEvent(el, "keydown", KEYS.process, { isComposing: true });
  update(text, true);
  compositionEvent(el, "compositionend", text);
  keyEvent(el, "keyup", KEYS.enter);
}
