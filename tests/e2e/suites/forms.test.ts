// Form libraries see the fields, in Chromium with real key presses on each example: a listener
// on a bound input gets an `input` event with the new formatted value after every keystroke (the
// CVC's only mask characters) and `change` when the field is left after a change.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type Field, focusField, SELECTORS } from "../harness/fields";
import { useBrowser } from "../harness/session";
import { exampleTargets } from "../harness/targets";

const session = useBrowser();

/** Starts recording the `input` and `change` events of a field, with the value they carried. */
async function listen(page: Page, field: Field): Promise<() => Promise<string[]>> {
  await page.$eval(SELECTORS[field], (element) => {
    const seen: string[] = [];
    const record = (event: Event) => {
      const target = event.target as HTMLInputElement;
      seen.push(`${event.type} ${target.value}`);
    };
    element.addEventListener("input", record);
    element.addEventListener("change", record);
    (element as HTMLElement & { seen?: string[] }).seen = seen;
  });
  return () =>
    page.$eval(SELECTORS[field], (element) => [
      ...((element as HTMLElement & { seen?: string[] }).seen ?? []),
    ]);
}

describe.each(exampleTargets())("listeners on the $name example", ({ url }) => {
  it("see an input event with the formatted value per keystroke, change on leaving", async () => {
    const { page } = await session.open(url);
    const seen = await listen(page, "number");
    await focusField(page, "number");
    await page.keyboard.type("42424");
    await page.keyboard.press("Tab");
    expect(await seen()).toEqual([
      "input 4",
      "input 42",
      "input 424",
      "input 4242",
      "input 4242 4",
      "change 4242 4",
    ]);
  });

  it("see only mask characters on the CVC", async () => {
    const { page } = await session.open(url);
    const seen = await listen(page, "cvc");
    await focusField(page, "cvc");
    await page.keyboard.type("739");
    await page.keyboard.press("Control+Z");
    await page.keyboard.press("Tab");
    const events = await seen();
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const event of events) expect(event).not.toMatch(/\d/);
  });

  it("see no event for a keystroke the field refuses", async () => {
    const { page } = await session.open(url);
    const seen = await listen(page, "number");
    await focusField(page, "number");
    await page.keyboard.type("x");
    expect(await seen()).toEqual([]);
  });
});
