// The card fields as every example and fixture lays them out (identical ids everywhere), and how
// to read one: its value and where the caret or selection is.
import type { Page } from "playwright-core";

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

/** Reads a field's value and selection. */
export function readField(page: Page, field: Field): Promise<FieldSnapshot> {
  return page.$eval(SELECTORS[field], (element) => {
    const input = element as HTMLInputElement;
    return {
      value: input.value,
      selectionStart: input.selectionStart,
      selectionEnd: input.selectionEnd,
    };
  });
}

/** The id of the element that has focus ("" for none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? "");
}

/** Clicks into a field and puts the caret at its end, as a person would. */
export async function focusField(page: Page, field: Field): Promise<void> {
  await page.click(SELECTORS[field]);
  await page.keyboard.press("End");
}

/** Puts the selection of a field at `[start, end)` (what a drag or Shift+Arrow would do). */
export async function selectRange(
  page: Page,
  field: Field,
  start: number,
  end: number = start,
): Promise<void> {
  await page.click(SELECTORS[field]);
  await page.$eval(
    SELECTORS[field],
    (element, [from, to]) => (element as HTMLInputElement).setSelectionRange(from, to),
    [start, end] as const,
  );
}

/**
 * Puts `text` on the system clipboard and presses Ctrl+V: a real paste (the page must have been
 * opened with `clipboard: true`).
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/**
 * Fills a field the way Chromium's autofill does: the value is set and an `input` event fires,
 * with no `beforeinput` before it.
 */
export async function autofill(page: Page, field: Field, value: string): Promise<void> {
  await page.$eval(
    SELECTORS[field],
    (element, text) => {
      const input = element as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    value,
  );
}
