// The starter theme (@cardward/dom/theme.css) as people meet it on each example: no axe-core
// violation (contrast included) in light, dark and right to left, in every state; the Show button
// keeps the focus in the security code and is a 44 × 44 px target; an error appearing moves
// nothing below it; the number stays left to right in RTL; nothing scrolls sideways at 320 px or
// at 200% zoom; forced colors keep the invalid state visible without colour.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../harness/axe";
import { CHECKOUT_STATES } from "../harness/checkout-states";
import { focusedId, SELECTORS } from "../harness/fields";
import { prepareForPictures, VARIANTS, VIEWPORTS } from "../harness/screenshots";
import { asEnginePage, useBrowser } from "../harness/session";
import { exampleTargets } from "../harness/targets";

const session = useBrowser();
const [DESKTOP] = VIEWPORTS;
const [LIGHT] = VARIANTS;
const TOGGLE = "#cvc-toggle";
/** The smallest touch target WCAG 2.5.5 (AAA) and the platforms ask for, in CSS pixels. */
const TARGET_SIZE = 44;
/** A 1024 px window at 200% zoom lays out in 512 CSS pixels; 320 px is WCAG 1.4.10's reflow. */
const NARROW_WIDTHS = [320, 512];

function top(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (element) => element.getBoundingClientRect().top);
}

async function openAt(url: string, width = DESKTOP?.width ?? 1024): Promise<Page> {
  const { page } = await session.open(url);
  await page.setViewportSize({ width, height: 900 });
  return page;
}

describe.each(exampleTargets())("the theme on the $name example", ({ url }) => {
  describe.each(VARIANTS)("in $name", (variant) => {
    it.each(CHECKOUT_STATES.map((state) => [state.name, state] as const))(
      "meets no axe-core violation, contrast included, when %s",
      async (_, state) => {
        const opened = await session.open(`${url}${variant.query}`);
        const { page } = opened;
        if (DESKTOP) await prepareForPictures(page, DESKTOP, variant);
        await state.reach(page);
        expect(await axeViolations(asEnginePage(opened))).toEqual([]);
      },
    );
  });

  it("keeps the focus in the security code when Show is pressed, and the digits shown", async () => {
    const page = await openAt(url);
    await page.click(SELECTORS.cvc);
    await page.keyboard.type("12");
    await page.click(TOGGLE);
    expect(await focusedId(page)).toBe("card-cvc");
    expect(await page.inputValue(SELECTORS.cvc)).toBe("12");
    await page.keyboard.type("3");
    expect(await page.inputValue(SELECTORS.cvc)).toBe("123");
  });

  it("gives the Show button a 44 × 44 px target", async () => {
    const page = await openAt(url, 390);
    const box = await page.locator(TOGGLE).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(TARGET_SIZE);
    expect(box?.height).toBeGreaterThanOrEqual(TARGET_SIZE);
  });

  it("moves nothing below a field when its error appears", async () => {
    const page = await openAt(url);
    const before = await top(page, "#card-expiry");
    await page.click(SELECTORS.number);
    await page.keyboard.type("4242");
    await page.click(SELECTORS.name);
    await page.waitForSelector(`${SELECTORS.number}[aria-invalid="true"]`);
    expect(await top(page, "#card-expiry")).toBe(before);
  });

  it("keeps the card number left to right in a right-to-left page", async () => {
    const page = await openAt(`${url}?dir=rtl`);
    const direction = (selector: string) =>
      page.$eval(selector, (element) => getComputedStyle(element).direction);
    expect(await direction("html")).toBe("rtl");
    expect(await direction(SELECTORS.number)).toBe("ltr");
    expect(await direction(SELECTORS.cvc)).toBe("ltr");
  });

  it.each(NARROW_WIDTHS)("does not scroll sideways at %i CSS pixels", async (width) => {
    const page = await openAt(url, width);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });

  it("shows an invalid field without colour under forced colors", async () => {
    const { page } = await session.open(url);
    if (DESKTOP && LIGHT) await prepareForPictures(page, DESKTOP, LIGHT);
    await page.emulateMedia({ forcedColors: "active" });
    await page.click(SELECTORS.pay);
    await page.waitForSelector(`${SELECTORS.number}[aria-invalid="true"]`);
    const style = await page.$eval(SELECTORS.number, (element) => {
      const computed = getComputedStyle(element);
      return { border: computed.borderTopStyle, width: computed.borderTopWidth };
    });
    expect(style).toEqual({ border: "double", width: "3px" });
  });
});
