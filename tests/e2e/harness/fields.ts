// The card fields as every example and fixture lays them out (identical ids everywhere), and how
// to read and drive one in any engine: its value and where the caret or selection is. Each helper
// takes a cross-engine page or, for the Chromium-only suites, a playwright-core page.
import type { Page } from "playwright-core";
import type { EnginePage, PageFunction } from "./driver";
import { evaluateIn } from "./drivers/chromium";

/** The selector of each field, the Pay button and the two panels. */
export const SELECTORS = {
  number: "#card-number",
  expiry: "#card-expiry",
  cvc: "#card-cvc",
  name: "#card-name",
  postalCode: "#card-postal",
  pay: "#pay",
  result: "#result",
  cvcSpy: "#cvc-spy",
} as const;

/** A field of the form. */
export type Field = "number" | "expiry" | "cvc" | "name" | "postalCode";

/** A field's value and selection, as the page sees them. */
export interface FieldSnapshot {
  readonly value: string;
  readonly selectionStart: number | null;
  readonly selectionEnd: number | null;
}

/** A page the helpers can drive: the cross-engine one, or playwright-core's (Chromium only). */
export type AnyPage = EnginePage | Page;

/** What the helpers need of a page. */
interface Driven {
  click(selector: string): Promise<void>;
  press(chord: string): Promise<void>;
  pressSequence(chords: readonly string[]): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  writeClipboard(text: string): Promise<void>;
}

/** The helpers' view of either kind of page. */
export function driven(page: AnyPage): Driven {
  if ("engine" in page) return page;
  return {
    click: (selector) => page.click(selector),
    press: (chord) => page.keyboard.press(chord),
    pressSequence: async (chords) => {
      for (const chord of chords) await page.keyboard.press(chord);
    },
    evaluate: (fn, arg) => evaluateIn(page, fn, arg),
    writeClipboard: (text) => page.evaluate((value) => navigator.clipboard.writeText(value), text),
  };
}

/** Reads a field's value and selection. */
export function readField(page: AnyPage, field: Field): Promise<FieldSnapshot> {
  return driven(page).evaluate((selector) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    return {
      value: input.value,
      selectionStart: input.selectionStart,
      selectionEnd: input.selectionEnd,
    };
  }, SELECTORS[field]);
}

/** An element's text (null when there is no such element). */
export function textContent(page: AnyPage, selector: string): Promise<string | null> {
  return driven(page).evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);
}

/** An element's attribute (null when it or the attribute is missing). */
export function attribute(page: AnyPage, selector: string, name: string): Promise<string | null> {
  return driven(page).evaluate(
    ([css, attr]) => document.querySelector(css)?.getAttribute(attr) ?? null,
    [selector, name] as const,
  );
}

/** The id of the element that has focus ("" for none). */
export function focusedId(page: AnyPage): Promise<string> {
  return driven(page).evaluate(() => document.activeElement?.id ?? "", null);
}

/** Clicks into a field and puts the caret at its end, as a person would. */
export async function focusField(page: AnyPage, field: Field): Promise<void> {
  const target = driven(page);
  await target.click(SELECTORS[field]);
  await target.press("End");
}

/**
 * The keys that select `start`..`end` from anywhere in a field, one character at a time, as a
 * person would: Home, ArrowRight to `start`, Shift+ArrowRight to `end` (a caret when they meet).
 */
export function selectionKeys(start: number, end: number = start): string[] {
  const repeat = (key: string, times: number) => Array.from({ length: times }, () => key);
  return ["Home", ...repeat("ArrowRight", start), ...repeat("Shift+ArrowRight", end - start)];
}

/**
 * Clicks into a field, then selects `start`..`end` (a collapsed caret at `start` by default) with
 * the keyboard ({@link selectionKeys}). The field sees the keys (an expiry commits its month when
 * the caret moves into the year).
 */
export async function selectRange(
  page: AnyPage,
  field: Field,
  start: number,
  end: number = start,
): Promise<void> {
  const target = driven(page);
  await target.click(SELECTORS[field]);
  await target.pressSequence(selectionKeys(start, end));
}

/**
 * Puts `text` on the system clipboard and presses Ctrl+V (Cmd+V on macOS): a real paste.
 */
export async function pasteText(page: AnyPage, text: string): Promise<void> {
  const target = driven(page);
  await target.writeClipboard(text);
  // Lower-case: a person's Ctrl+V sends `key: "v"` (Playwright's `V` would send "V").
  await target.press("ControlOrMeta+v");
}

/**
 * Fills a field the way Chromium's autofill does: the value is set and an `input` event fires,
 * with no `beforeinput` before it.
 */
export async function autofill(page: AnyPage, field: Field, value: string): Promise<void> {
  await driven(page).evaluate(
    ([selector, text]) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    [SELECTORS[field], value] as const,
  );
}

/**
 * Sends the `beforeinput` of an undo or redo the way an engine's Edit menu does (MiniBrowser has
 * no Ctrl+Z of its own): cancelable, then, if nothing cancelled it, nothing else (the engine's
 * undo manager is not reachable from a script), so it tests what the binding does with the event.
 * @returns whether a listener cancelled it
 */
export function dispatchHistory(
  page: AnyPage,
  field: Field,
  inputType: "historyUndo" | "historyRedo",
): Promise<boolean> {
  return driven(page).evaluate(
    ([selector, type]) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      const event = new InputEvent("beforeinput", {
        inputType: type,
        bubbles: true,
        cancelable: true,
      });
      return !input.dispatchEvent(event);
    },
    [SELECTORS[field], inputType] as const,
  );
}
