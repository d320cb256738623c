// What a screen-reader or keyboard user meets on each example: no axe-core violation before or
// after errors show, every field labelled, aria-invalid only once a field is left invalid, the
// error tied to its field with aria-describedby, and the brand and errors announced politely.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../harness/axe";
import { focusField, SELECTORS } from "../harness/fields";
import { useBrowser } from "../harness/session";
import { exampleTargets } from "../harness/targets";

const session = useBrowser();
const LIVE_REGION = '[role="status"][aria-live="polite"]';

function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (element, attr) => element.getAttribute(attr), name);
}

/** The text of the elements an input's aria-describedby points to. */
function description(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (input) =>
    (input.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `[missing #${id}]`)
      .join(" ")
      .trim(),
  );
}

function liveText(page: Page): Promise<string> {
  return page.$$eval(LIVE_REGION, (regions) => regions.map((r) => r.textContent).join(" "));
}

describe.each(exampleTargets())("a screen-reader user on the $name example", ({ url }) => {
  it("meets no axe-core violation on the fresh page", async () => {
    const { page } = await session.open(url);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("meets no axe-core violation with every field's error shown", async () => {
    const { page } = await session.open(url);
    await page.click(SELECTORS.pay);
    await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ["number", "Card number"],
    ["expiry", "Expiry date"],
    ["cvc", "Security code (CVC)"],
    ["name", "Name on card"],
    ["postalCode", "Postal code"],
  ] as const)("finds the %s field by its accessible name %j", async (field, name) => {
    const { page } = await session.open(url);
    const found = page.getByRole("textbox", { name, exact: true });
    expect(await found.getAttribute("id")).toBe(SELECTORS[field].slice(1));
  });

  it("hears the security code's name follow the brand: CVV for Visa, CID for Amex", async () => {
    const { page } = await session.open(url);
    await focusField(page, "number");
    await page.keyboard.type("4111");
    await expect
      .poll(() => attribute(page, SELECTORS.cvc, "aria-label"))
      .toBe("Security code (CVV)");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("37");
    await expect
      .poll(() => attribute(page, SELECTORS.cvc, "aria-label"))
      .toBe("Security code (CID)");
    expect(await page.getByRole("textbox", { name: "Security code (CID)" }).count()).toBe(1);
  });

  it("hears the brand announced in a polite live region", async () => {
    const { page } = await session.open(url);
    await focusField(page, "number");
    await page.keyboard.type("4111");
    await expect.poll(() => liveText(page)).toContain("Visa");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("37");
    await expect.poll(() => liveText(page)).toContain("American Express");
  });

  it("is told a number is invalid only once the field is left, and why", async () => {
    const { page } = await session.open(url);
    await focusField(page, "number");
    await page.keyboard.type("4111111111111112");
    expect(await attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
    expect(await description(page, SELECTORS.number)).toBe("");
    await page.keyboard.press("Tab");
    await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
    const message = await description(page, SELECTORS.number);
    expect(message).not.toBe("");
    await expect.poll(() => liveText(page)).toContain(message);

    await focusField(page, "number");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("1");
    await page.keyboard.press("Tab");
    await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
    expect(await description(page, SELECTORS.number)).toBe("");
  });

  it("is told at once, while still typing, when a number can no longer become valid", async () => {
    const { page } = await session.open(url);
    await focusField(page, "number");
    await page.keyboard.type("4");
    expect(await attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("0");
    await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
    expect(await page.$eval(SELECTORS.number, (input) => input === document.activeElement)).toBe(
      true,
    );
    expect(await description(page, SELECTORS.number)).not.toBe("");
  });
});
