import { KEYS, keyEvent } from "./dom-events";
import {
  assertTextField,
  fireFocusEvent,
  fireSimple,
  type TextField,
  writeValue,
} from "./text-field";

/**
 * Fills a field the way Chromium's autofill does (`WebFormControlElement::SetAutofillValue` in
 * Blink's web_form_control_element.cc), with no `beforeinput` and no `textInput`:
 *
 * 1. `focus` (not bubbling) if the field does not have focus; focus does not actually move.
 * 2. `keydown` with `key: "Unidentified"` and `keyCode` 0 ("in case the website checks via JS
 *    that a keyboard interaction took place"; before the `AutofillSendUnidentifiedKeyAfterFill`
 *    feature it was a plain `Event` named `keydown`).
 * 3. The whole value replaced (line breaks removed, as the value setter does; `maxlength` is not
 *    applied), caret at the end.
 * 4. `input`: a plain bubbling, composed `Event`, not an `InputEvent`, so there is no `inputType`
 *    (Blink's "legacy 'input' event for forms set value"; Firefox sends `insertReplacementText`).
 * 5. `change` (bubbling).
 * 6. `keypress` and `keyup`, `key: "Unidentified"`.
 * 7. `blur` if step 1 fired `focus`.
 *
 * Disabled and read-only fields are skipped, as Chromium's form filler skips them.
 *
 * @example
 * autofill(numberInput, "4242424242424242");
 * autofill(expiryInput, "12/2030"); // what autofill puts in a cc-exp field
 */
export function autofill(el: TextField, value: string): void {
  assertTextField(el, "autofill");
  if (el.disabled || el.readOnly) return;
  const hadFocus = el.ownerDocument.activeElement === el;
  if (!hadFocus) fireFocusEvent(el, "focus");
  keyEvent(el, "keydown", KEYS.unidentified);
  writeValue(el, el.tagName === "INPUT" ? value.replace(/[\r\n]/g, "") : value);
  fireSimple(el, "input", true);
  fireSimple(el, "change");
  keyEvent(el, "keypress", KEYS.unidentified, { charCode: 0 });
  keyEvent(el, "keyup", KEYS.unidentified);
  if (!hadFocus) fireFocusEvent(el, "blur");
}
