import { inputEvent, textInputEvent } from "./dom-events";
import {
  beforeInputWithNothingToDelete,
  DEFAULT_ENGINE,
  type SimulatedEngine,
  textInputBeforeBeforeInput,
} from "./engine";
import {
  type FieldSnapshot,
  sanitizeInsert,
  snapshot,
  type TextField,
  writeValue,
} from "./text-field";

/** What an editing command does to the value, or null when it would change nothing. */
export interface Splice {
  readonly value: string;
  readonly caret: number;
}

/** Length of the code point ending at `i` (2 for a surrogate pair). */
function unitsBefore(value: string, i: number): number {
  const c = value.charCodeAt(i - 1);
  return i >= 2 && c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
}

/** Length of the code point starting at `i`. */
function unitsAfter(value: string, i: number): number {
  const c = value.charCodeAt(i);
  return i + 1 < value.length && c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

/** Replaces the selection with `text` and puts the caret after it. */
export function spliceInsert(s: FieldSnapshot, text: string): Splice {
  return {
    value: s.value.slice(0, s.start) + text + s.value.slice(s.end),
    caret: s.start + text.length,
  };
}

/**
 * Removes the selection, or with a collapsed caret the code point before (`backward`) or after
 * it. Null when there is nothing to remove: Chromium then fires no `beforeinput` at all (editors
 * such as Lexical and Slate work around the missing event at the start of a field).
 */
export function spliceDelete(
  s: FieldSnapshot,
  direction: "backward" | "forward" | "selection",
): Splice | null {
  let { start, end } = s;
  if (start === end) {
    if (direction === "selection") return null;
    if (direction === "backward") {
      if (start === 0) return null;
      start -= unitsBefore(s.value, start);
    } else {
      if (end >= s.value.length) return null;
      end += unitsAfter(s.value, end);
    }
  }
  return { value: s.value.slice(0, start) + s.value.slice(end), caret: start };
}

/** Options of {@link runInsert}. */
export interface InsertCommand {
  readonly inputType: string;
  readonly text: string;
  /** The events' `data`, when it is not `text` (null for `insertLineBreak`). */
  readonly data?: string | null;
  /** Fire Chromium's `textInput` between `beforeinput` and the edit (typing, paste). */
  readonly textInput: boolean;
  /** The `dataTransfer` the `beforeinput`/`input` events carry (null for inputs in Chromium). */
  readonly dataTransfer?: unknown;
  /**
   * The engine whose order is fired: WebKit sends `textInput` before `beforeinput`.
   * @default "chromium"
   */
  readonly engine?: SimulatedEngine;
}

/**
 * `beforeinput` (cancelable) -> `textInput` (cancelable) -> the edit -> `input` (Chromium,
 * Firefox), or `textInput` first (WebKit). Each canceled step stops the rest. The edit is
 * computed after the listeners ran, from the selection they left; no `input` fires when the value
 * did not change (for example a full `maxlength`).
 */
export function runInsert(el: TextField, command: InsertCommand): void {
  const { inputType, text, dataTransfer } = command;
  const data = command.data === undefined ? text : command.data;
  const textInputFirst = textInputBeforeBeforeInput(command.engine ?? DEFAULT_ENGINE);
  const legacy = () => !command.textInput || textInputEvent(el, text);
  if (textInputFirst && !legacy()) return;
  if (!inputEvent(el, "beforeinput", inputType, data, { cancelable: true, dataTransfer })) return;
  if (!textInputFirst && !legacy()) return;
  const s = snapshot(el);
  const next = spliceInsert(s, sanitizeInsert(el, text, s.end - s.start));
  if (next.value === s.value) return;
  writeValue(el, next.value, next.caret);
  inputEvent(el, "input", inputType, data, { dataTransfer });
}

/**
 * `beforeinput` (cancelable, `data` null) -> the deletion -> `input`. With nothing to delete,
 * Chromium and Firefox still fire the `beforeinput` (and nothing after it); WebKit fires nothing.
 */
export function runDelete(
  el: TextField,
  inputType: string,
  direction: "backward" | "forward" | "selection",
  engine: SimulatedEngine = DEFAULT_ENGINE,
): void {
  const nothing = !spliceDelete(snapshot(el), direction);
  if (nothing && (direction === "selection" || !beforeInputWithNothingToDelete(engine))) return;
  if (!inputEvent(el, "beforeinput", inputType, null, { cancelable: true })) return;
  const next = spliceDelete(snapshot(el), direction);
  if (!next) return;
  writeValue(el, next.value, next.caret);
  inputEvent(el, "input", inputType, null);
}
