// Editing as people really do it, with real key presses in Chromium on each example: the expiry
// edited in place and committed on leaving, four-digit years, Delete keeping the caret, undo and
// redo on every field (the CVC's never putting a digit in the page).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  type Field,
  focusField,
  pasteText,
  readField,
  SELECTORS,
  selectRange,
} from "../harness/fields";
import { useBrowser } from "../harness/session";
import { exampleTargets } from "../harness/targets";

const session = useBrowser();

/** Types `text` into a field with real key presses, the caret at its end first. */
async function typeInto(page: Page, field: Field, text: string): Promise<void> {
  await focusField(page, field);
  await page.keyboard.type(text);
}

const value = async (page: Page, field: Field) => (await readField(page, field)).value;

describe.each(exampleTargets())("editing on the $name example", ({ url }) => {
  it("Backspace inside the month keeps the year; typing fills the month again", async () => {
    const { page } = await session.open(url);
    await typeInto(page, "expiry", "1230");
    expect(await value(page, "expiry")).toBe("12 / 30");
    await selectRange(page, "expiry", 2);
    await page.keyboard.press("Backspace");
    expect(await value(page, "expiry")).toMatch(/ \/ 30$/);
    await page.keyboard.type("2");
    expect(await value(page, "expiry")).toBe("12 / 30");
  });

  it.each([
    ["12/2030", "12 / 30"],
    ["12 / 2030", "12 / 30"],
  ])("typing %s by hand gives %s", async (typed, shown) => {
    const { page } = await session.open(url);
    await typeInto(page, "expiry", typed);
    expect(await value(page, "expiry")).toBe(shown);
  });

  it("leaving the expiry after one month digit pads it", async () => {
    const { page } = await session.open(url);
    await typeInto(page, "expiry", "1");
    await page.keyboard.press("Tab");
    expect(await value(page, "expiry")).toBe("01 / ");
  });

  it("Delete at caret 5 in 4242 4242 keeps the caret at 5", async () => {
    const { page } = await session.open(url);
    await typeInto(page, "number", "42424242");
    await selectRange(page, "number", 5);
    await page.keyboard.press("Delete");
    expect(await readField(page, "number")).toEqual({
      value: "4242 242",
      selectionStart: 5,
      selectionEnd: 5,
    });
  });

  it.each([
    ["number", "4242", "4242"],
    ["expiry", "12", "12 / "],
    ["name", "Ada", "Ada"],
    ["postalCode", "123", "123"],
  ] as const)(
    "%s: Ctrl+Z undoes a run of typing, Ctrl+Shift+Z and Ctrl+Y redo",
    async (field, text, shown) => {
      const { page } = await session.open(url);
      await typeInto(page, field, text);
      expect(await value(page, field)).toBe(shown);
      await page.keyboard.press("Control+Z");
      expect(await value(page, field)).toBe("");
      await page.keyboard.press("Control+Shift+Z");
      expect(await readField(page, field)).toEqual({
        value: shown,
        selectionStart: shown.length,
        selectionEnd: shown.length,
      });
      await page.keyboard.press("Control+Z");
      await page.keyboard.press("Control+Y");
      expect(await value(page, field)).toBe(shown);
    },
  );

  it("a paste undoes as one step, back to what was typed", async () => {
    const { page } = await session.open(url, { clipboard: true });
    await typeInto(page, "number", "4242");
    await pasteText(page, "42424242");
    expect(await value(page, "number")).toBe("4242 4242 4242");
    await page.keyboard.press("Control+Z");
    expect(await readField(page, "number")).toEqual({
      value: "4242",
      selectionStart: 4,
      selectionEnd: 4,
    });
  });

  it("the CVC: undo and redo show mask characters only", async () => {
    const { page } = await session.open(url);
    await typeInto(page, "cvc", "739");
    await page.keyboard.press("Control+Z");
    expect(await value(page, "cvc")).toBe("");
    await page.keyboard.press("Control+Y");
    const redone = await value(page, "cvc");
    expect(redone).toMatch(/^[^0-9]{3}$/);
    await expect.poll(() => page.textContent(SELECTORS.cvcSpy)).toBe(redone);
  });

  it("IME in the CVC: the composed digit sits in the value until the composition ends (the stated limit)", async () => {
    const { page } = await session.open(url);
    await focusField(page, "cvc");
    await page.keyboard.type("73");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "9", selectionStart: 1, selectionEnd: 1 });
    // What Chromium leaves in the DOM while composing: the two masks and the composed digit.
    const composing = await value(page, "cvc");
    await cdp.send("Input.insertText", { text: "9" });
    const committed = await value(page, "cvc");
    expect(composing).toMatch(/^[^0-9]{2}9$/);
    expect(committed).toMatch(/^[^0-9]{3}$/);
  });
});
