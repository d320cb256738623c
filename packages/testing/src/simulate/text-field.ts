import { createEvent, fire } from "./dom-events";

/** A text control the simulators can drive: an `<input>` or a `<textarea>`. */
export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Where the caret goes before an action: an offset, or a `[start, end]` selection to replace. */
export type Position = number | readonly [start: number, end: number];

/** A text field's value and selection. */
export interface FieldSnapshot {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Throws unless `el` is an input or textarea (a test bug, not a user action). */
export function assertTextField(el: unknown, action: string): asserts el is TextField {
  const tag = (el as Element | null)?.tagName;
  if (tag !== "INPUT" && tag !== "TEXTAREA") {
    throw new TypeError(`${action}: expected an <input> or <textarea> element.`);
  }
}

/** The field's value and selection; fields without a selection API report the caret at the end. */
export function snapshot(el: TextField): FieldSnapshot {
  const value = el.value;
  const start = el.selectionStart ?? value.length;
  const end = el.selectionEnd ?? start;
  return { value, start: Math.min(start, end), end: Math.max(start, end) };
}

/** Whether a person can edit the field at all (disabled fields take no keyboard input). */
export function isDisabled(el: TextField): boolean {
  return el.disabled;
}

/**
 * Focuses the field the way a click or Tab would, so `focus`/`focusin` fire once and keyboard
 * events have the element as their target. A field that already has focus gets no events.
 */
export function focusField(el: TextField): void {
  if (el.ownerDocument.activeElement !== el) el.focus();
}

/** Sets the selection, clamped to the value; ignored by input types without a selection API. */
export function setSelection(el: TextField, start: number, end: number = start): void {
  const length = el.value.length;
  const a = Math.max(0, Math.min(start, length));
  const b = Math.max(a, Math.min(end, length));
  try {
    el.setSelectionRange(a, b);
  } catch {
    // type=number, email, ...: browsers throw InvalidStateError; there is no caret to place.
  }
}

/** Places the caret or selection a `Position` describes. */
export function placeCaret(el: TextField, at: Position | undefined): void {
  if (at === undefined) return;
  if (typeof at === "number") setSelection(el, at);
  else setSelection(el, at[0], at[1]);
}

/**
 * Writes a value the way the browser's editor does: through the prototype's `value` setter, not
 * an own property a framework may have installed (React tracks values with one, and a user's
 * edit never goes through it), then places the caret.
 */
export function writeValue(el: TextField, value: string, caret: number = value.length): void {
  let proto: object | null = Object.getPrototypeOf(el);
  let setter: ((this: TextField, v: string) => void) | undefined;
  while (proto && !setter) {
    setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
    proto = Object.getPrototypeOf(proto);
  }
  if (setter) setter.call(el, value);
  else el.value = value;
  setSelection(el, caret);
}

/**
 * What Chromium's `TextFieldInputType::HandleBeforeTextInsertedEvent` does to text inserted in a
 * single-line input: trailing line breaks dropped, inner ones turned into spaces, then cut to
 * what `maxlength` leaves room for. Textareas keep line breaks.
 */
export function sanitizeInsert(el: TextField, text: string, replacedLength: number): string {
  let out = text;
  if (el.tagName === "INPUT") out = out.replace(/[\r\n]+$/, "").replace(/\r\n|\r|\n/g, " ");
  const max = el.maxLength;
  if (max >= 0) {
    const room = Math.max(0, max - (el.value.length - replacedLength));
    const chars = Array.from(out);
    if (chars.length > room) out = chars.slice(0, room).join("");
  }
  return out;
}

/** Fires a plain, bubbling event (for `change`, `select`, the legacy autofill `input`). */
export function fireSimple(el: TextField, type: string, composed = false): boolean {
  return fire(el, createEvent(el, "Event", type, { bubbles: true, cancelable: false, composed }));
}

/** Fires `focus` or `blur` without moving focus (what Chromium's autofill does). */
export function fireFocusEvent(el: TextField, type: "focus" | "blur"): void {
  fire(
    el,
    createEvent(el, "FocusEvent", type, { bubbles: false, cancelable: false, composed: true }),
  );
}
