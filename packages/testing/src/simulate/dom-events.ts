/**
 * Builds events in the element's own window (jsdom refuses events from another realm) and fills
 * in what an environment's constructor ignores: happy-dom's `CompositionEvent` and `TextEvent`
 * drop `data`, jsdom has no `ClipboardEvent`, `TextEvent` or `DataTransfer`. Missing fields are
 * defined on the instance, so listeners read them like the browser's.
 */

/** Constructors the simulators use, by name, as a window exposes them. */
type EventKind =
  | "Event"
  | "KeyboardEvent"
  | "InputEvent"
  | "CompositionEvent"
  | "ClipboardEvent"
  | "FocusEvent"
  | "TextEvent";

type EventCtor = new (type: string, init?: Record<string, unknown>) => Event;

/** The window an element lives in (its document's `defaultView`, else the global one). */
export function windowOf(el: Element): Window & typeof globalThis {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error("The element's document has no window (defaultView is null).");
  return view as Window & typeof globalThis;
}

/**
 * Creates an event of `kind` (falling back to plain `Event` where the window lacks it), then
 * defines every field of `fields` the constructor did not take.
 */
export function createEvent(
  el: Element,
  kind: EventKind,
  type: string,
  init: { bubbles?: boolean; cancelable?: boolean; composed?: boolean },
  fields: Record<string, unknown> = {},
): Event {
  const view = windowOf(el) as unknown as Record<string, unknown>;
  const Ctor = (typeof view[kind] === "function" ? view[kind] : view.Event) as EventCtor;
  const event = new Ctor(type, { ...init, ...fields });
  for (const [key, value] of Object.entries(fields)) {
    if ((event as unknown as Record<string, unknown>)[key] !== value) {
      Object.defineProperty(event, key, { value, configurable: true, enumerable: true });
    }
  }
  return event;
}

/** Dispatches and returns true when no listener called `preventDefault()`. */
export function fire(el: Element, event: Event): boolean {
  return el.dispatchEvent(event);
}

/** A key as `KeyboardEvent` describes it. */
export interface KeyInfo {
  readonly key: string;
  readonly code: string;
  readonly keyCode: number;
  readonly shiftKey?: boolean;
}

const NAMED_CODES: Readonly<Record<string, readonly [string, number]>> = {
  " ": ["Space", 32],
  "/": ["Slash", 191],
  "-": ["Minus", 189],
  ".": ["Period", 190],
  ",": ["Comma", 188],
};

/** The US-layout key that types `char` (`code` is empty for characters off that layout). */
export function keyForChar(char: string): KeyInfo {
  if (char >= "0" && char <= "9") {
    return { key: char, code: `Digit${char}`, keyCode: char.charCodeAt(0) };
  }
  const upper = char.toUpperCase();
  if (upper.length === 1 && upper >= "A" && upper <= "Z") {
    return {
      key: char,
      code: `Key${upper}`,
      keyCode: upper.charCodeAt(0),
      shiftKey: char === upper,
    };
  }
  const named = NAMED_CODES[char];
  return named
    ? { key: char, code: named[0], keyCode: named[1] }
    : { key: char, code: "", keyCode: 0 };
}

/** Named keys the simulators press. */
export const KEYS = {
  backspace: { key: "Backspace", code: "Backspace", keyCode: 8 },
  delete: { key: "Delete", code: "Delete", keyCode: 46 },
  control: { key: "Control", code: "ControlLeft", keyCode: 17 },
  v: { key: "v", code: "KeyV", keyCode: 86 },
  x: { key: "x", code: "KeyX", keyCode: 88 },
  enter: { key: "Enter", code: "Enter", keyCode: 13 },
  /** What an IME reports while it owns the keyboard (keyCode 229). */
  process: { key: "Process", code: "", keyCode: 229 },
  /** What Chromium's autofill sends (`ui::DomKey::UNIDENTIFIED`, `VKEY_UNKNOWN`). */
  unidentified: { key: "Unidentified", code: "", keyCode: 0 },
} as const satisfies Record<string, KeyInfo>;

/** Fires a cancelable keyboard event and returns whether it was not canceled. */
export function keyEvent(
  el: Element,
  type: "keydown" | "keyup" | "keypress",
  info: KeyInfo,
  extra: { ctrlKey?: boolean; isComposing?: boolean; charCode?: number } = {},
): boolean {
  const charCode = type === "keypress" ? (extra.charCode ?? info.key.codePointAt(0) ?? 0) : 0;
  const keyCode = type === "keypress" ? charCode : info.keyCode;
  return fire(
    el,
    createEvent(
      el,
      "KeyboardEvent",
      type,
      { bubbles: true, cancelable: true, composed: true },
      {
        key: info.key,
        code: info.code,
        keyCode,
        which: keyCode,
        charCode,
        shiftKey: info.shiftKey ?? false,
        ctrlKey: extra.ctrlKey ?? false,
        isComposing: extra.isComposing ?? false,
        repeat: false,
      },
    ),
  );
}

/** Fires an `InputEvent` (`beforeinput` or `input`) and returns whether it was not canceled. */
export function inputEvent(
  el: Element,
  type: "beforeinput" | "input",
  inputType: string,
  data: string | null,
  options: { cancelable?: boolean; isComposing?: boolean; dataTransfer?: unknown } = {},
): boolean {
  return fire(
    el,
    createEvent(
      el,
      "InputEvent",
      type,
      { bubbles: true, cancelable: options.cancelable ?? false, composed: true },
      {
        inputType,
        data,
        isComposing: options.isComposing ?? false,
        dataTransfer: options.dataTransfer ?? null,
      },
    ),
  );
}

/** Fires Chromium's legacy `textInput` (a cancelable `TextEvent`, obsolete but still sent). */
export function textInputEvent(el: Element, data: string): boolean {
  return fire(
    el,
    createEvent(
      el,
      "TextEvent",
      "textInput",
      { bubbles: true, cancelable: true, composed: true },
      {
        data,
      },
    ),
  );
}
