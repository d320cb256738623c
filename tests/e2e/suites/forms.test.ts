// Form libraries see the fields, with real key presses in each engine on each example: a listener
// on a bound input gets an `input` event with the new formatted value after every keystroke (the
// CVC's only mask characters) and `change` when the field is left after a change.
import { describe, expect, it } from "vitest";
import type { EnginePage } from "../harness/driver";
import { useEngine } from "../harness/engine-session";
import { type Field, focusField, SELECTORS } from "../harness/fields";
import { exampleTargets } from "../harness/targets";

const session = useEngine();

/** Where the page keeps what a field's listeners saw. */
const SEEN = "__e2eSeen";

/** Starts recording the `input` and `change` events of a field, with the value they carried. */
async function listen(page: EnginePage, field: Field): Promise<() => Promise<string[]>> {
  await page.evaluate(
    ([selector, key]) => {
      const seen: string[] = [];
      const record = (event: Event) => {
        const target = event.target as HTMLInputElement;
        seen.push(`${event.type} ${target.value}`);
      };
      const element = document.querySelector(selector);
      element?.addEventListener("input", record);
      element?.addEventListener("change", record);
      Object.assign(window, { [key]: seen });
    },
    [SELECTORS[field], SEEN] as const,
  );
  return () => page.evaluate((key) => [...(Reflect.get(window, key) as string[])], SEEN);
}

describe.each(exampleTargets())("listeners on the $name example", ({ url }) => {
  it("see an input event with the formatted value per keystroke, change on leaving", async () => {
    const page = await session.open(url);
    const seen = await listen(page, "number");
    await focusField(page, "number");
    await page.type("42424");
    await page.press("Tab");
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
    const page = await session.open(url);
    const seen = await listen(page, "cvc");
    await focusField(page, "cvc");
    await page.type("739");
    await page.press("Control+Z");
    await page.press("Tab");
    const events = await seen();
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const event of events) expect(event).not.toMatch(/\d/);
  });

  it("see no event for a keystroke the field refuses", async () => {
    const page = await session.open(url);
    const seen = await listen(page, "number");
    await focusField(page, "number");
    await page.type("x");
    expect(await seen()).toEqual([]);
  });
});
