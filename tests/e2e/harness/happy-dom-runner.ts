// Plays a script in happy-dom, in Node, with @cardward/testing's simulators on fields bound by
// @cardward/dom: the other half of the simulator comparison.
import { mountCardFields } from "@cardward/dom";
import {
  autofill,
  paste,
  pressBackspace,
  pressDelete,
  selectRange,
  typeInto,
} from "@cardward/testing";
import { Window } from "happy-dom";
import type { Field, FieldSnapshot } from "./fields";
import { SELECTORS } from "./fields";
import type { Script, Step } from "./scripts";

const FIELD_IDS: Record<Field, string> = {
  number: "card-number",
  expiry: "card-expiry",
  cvc: "card-cvc",
  name: "card-name",
  postalCode: "card-postal",
};

/**
 * The globals @cardward/dom reads beyond its elements, taken from the happy-dom window. Its
 * listeners are removed through an AbortSignal: happy-dom's own, as in a happy-dom test
 * environment (with Node's, happy-dom adds one `abort` listener per field listener to it, and
 * Node warns of a leak past ten).
 */
const GLOBALS = [
  "CustomEvent",
  "CSSStyleSheet",
  "isSecureContext",
  "AbortController",
  "AbortSignal",
] as const;

function playStep(input: HTMLInputElement, step: Step): void {
  if ("type" in step) typeInto(input, step.type);
  else if ("press" in step) (step.press === "Backspace" ? pressBackspace : pressDelete)(input);
  else if ("caret" in step) selectRange(input, step.caret);
  else if ("select" in step) selectRange(input, step.select[0], step.select[1]);
  else if ("paste" in step) paste(input, step.paste);
  else autofill(input, step.autofill);
}

/**
 * One happy-dom window for the whole run, as a test file's environment would be (and because
 * @cardward/dom keeps one constructed stylesheet per realm).
 */
let shared: Window | undefined;

/** Closes the shared window (call once the file's scripts have run). */
export async function closeHappyDom(): Promise<void> {
  await shared?.happyDOM.close();
  shared = undefined;
}

/** Plays `script` on freshly mounted fields in happy-dom; returns the field after each step. */
export function playScriptInHappyDom(script: Script): FieldSnapshot[] {
  shared ??= new Window({ url: "https://checkout.example/" });
  const window = shared;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of GLOBALS) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      value: (window as unknown as Record<string, unknown>)[name],
      configurable: true,
      writable: true,
    });
  }
  try {
    const { document } = window;
    document.body.replaceChildren();
    for (const [field, id] of Object.entries(FIELD_IDS)) {
      const label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = field;
      const input = document.createElement("input");
      input.id = id;
      document.body.append(label, input);
    }
    const root = document as unknown as Document;
    const controller = mountCardFields(
      {
        number: SELECTORS.number,
        expiry: SELECTORS.expiry,
        cvc: SELECTORS.cvc,
        name: SELECTORS.name,
        postalCode: SELECTORS.postalCode,
      },
      { root },
    );
    const input = root.getElementById(FIELD_IDS[script.field]) as HTMLInputElement;
    input.focus();
    const trace: FieldSnapshot[] = [];
    for (const step of script.steps) {
      playStep(input, step);
      trace.push({
        value: input.value,
        selectionStart: input.selectionStart,
        selectionEnd: input.selectionEnd,
      });
    }
    controller.destroy();
    return trace;
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}
