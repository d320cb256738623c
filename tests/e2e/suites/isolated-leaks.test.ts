// The page sees nothing: with a keylogger, a MutationObserver, window message listeners and
// wrapped postMessage, ports, fetch and XMLHttpRequest installed in the merchant's page before
// its scripts, no run of the card's digits (beyond the last four) and never the CVC appears
// anywhere the page can read, through typing, Backspace, paste, submit and destroy.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { autofill } from "../harness/isolated-autofill";
import { frameOf, useIsolatedSites } from "../harness/isolated-sites";
import { forbiddenRuns, installPageSpies, leaks } from "../harness/isolated-spies";

const PAN = "4539148803436467";
const CVC = "864";
const session = useIsolatedSites();

async function typeInto(page: Page, field: string, text: string): Promise<void> {
  const frame = await frameOf(page, field);
  await frame.click("input");
  await page.keyboard.type(text);
}

/** Everything the page's scripts could read: what the spies saw, the DOM, the controller's state. */
async function pageView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __seen: string[]; cardwardCard?: { getState(): unknown } };
    return [
      ...w.__seen,
      `html: ${document.documentElement.outerHTML}`,
      `state: ${JSON.stringify(w.cardwardCard?.getState() ?? null)}`,
    ];
  });
}

describe("the page sees nothing of the card", () => {
  it("finds a planted run of digits (the check can fail)", () => {
    const forbidden = forbiddenRuns(PAN, CVC);
    expect(leaks(["mutation: 4539 1488 03"], forbidden)).toHaveLength(1);
    expect(leaks([`keydown: ["${CVC}"]`], forbidden)).toHaveLength(1);
    expect(leaks(["last4: 6467"], forbidden)).toHaveLength(0);
  });

  it("through typing, Backspace, paste, submit and destroy", async () => {
    const { page } = await session.open(session.sites().pageUrl, {
      clipboard: true,
      pageInit: { script: installPageSpies },
    });
    await typeInto(page, "number", `${PAN.slice(0, 10)}9`);
    await page.keyboard.press("Backspace");
    await page.keyboard.type(PAN.slice(10));
    await typeInto(page, "expiry", "1230");
    await typeInto(page, "cvc", CVC);
    await typeInto(page, "name", "Ada Lovelace");
    await typeInto(page, "postal", "SW1A 1AA");
    // Paste the number again over the whole field.
    const number = await frameOf(page, "number");
    // The test writes the clipboard (as the person's copy elsewhere would); the page's spies do
    // not wrap the Clipboard API, and the paste itself happens in the frame.
    await page.evaluate((text) => navigator.clipboard.writeText(text), PAN);
    await number.click("input");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("ControlOrMeta+V");
    expect(await number.inputValue("input")).toBe("4539 1488 0343 6467");
    expect(await (await frameOf(page, "cvc")).inputValue("input")).toBe("•••");

    await page.click("#pay");
    await page.waitForFunction(() =>
      document.querySelector("#result")?.textContent?.includes("server"),
    );
    const result = JSON.parse((await page.textContent("#result")) ?? "{}");
    expect(result.server).toMatchObject({
      brand: "visa",
      last4: "6467",
      expMonth: 12,
      expYear: 2030,
    });
    expect(result.page.card).toEqual({ brand: "visa", last4: "6467", expMonth: 12, expYear: 2030 });

    await page.evaluate(() =>
      (window as unknown as { cardwardCard: { destroy(): void } }).cardwardCard.destroy(),
    );
    expect(await page.locator("iframe").count()).toBe(0);

    const seen = await pageView(page);
    // The spies worked: they saw the state messages on the ports and the ciphertext posted.
    expect(
      seen.some((entry) => entry.startsWith("port message") && entry.includes('"state"')),
    ).toBe(true);
    expect(seen.some((entry) => entry.startsWith("fetch") && entry.includes("ciphertext"))).toBe(
      true,
    );
    expect(
      seen.some((entry) => entry.startsWith("port.postMessage") && entry.includes('"submit"')),
    ).toBe(true);
    expect(leaks(seen, forbiddenRuns(PAN, CVC))).toEqual([]);
  });

  it("through autofill into the number frame and submit", async () => {
    const { page, context } = await session.open(session.sites().pageUrl, {
      pageInit: { script: installPageSpies },
    });
    const card = {
      number: PAN,
      name: "Ada Lovelace",
      expiryMonth: "12",
      expiryYear: "2030",
      cvc: CVC,
    };
    const outcome = await autofill(page, context, await frameOf(page, "number"), card);
    console.info(`autofill: ${outcome}`);
    expect(outcome).toBe("triggered");
    await typeInto(page, "postal", "12345");
    await page.click("#pay");
    await page.waitForFunction(() =>
      document.querySelector("#result")?.textContent?.includes("server"),
    );
    const result = JSON.parse((await page.textContent("#result")) ?? "{}");
    expect(result.server).toMatchObject({ brand: "visa", last4: "6467" });
    expect(leaks(await pageView(page), forbiddenRuns(PAN, CVC))).toEqual([]);
  });
});
