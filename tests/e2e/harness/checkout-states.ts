// The states of the examples' checkout that the screenshot and theme suites look at, each reached
// the way a person would: typing, leaving fields, pressing Pay.
import type { Page } from "playwright-core";
import { SELECTORS } from "./fields";

/** A state of the checkout and how to reach it from a fresh page. */
export interface CheckoutState {
  readonly name: string;
  reach(page: Page): Promise<void>;
}

/** Types `text` into a field after clicking it. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** Takes the focus away from every field (as a click on the page's background would). */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Empty, typing, every error shown, complete, and the hint for American Express's CID. */
export const CHECKOUT_STATES: readonly CheckoutState[] = [
  { name: "empty", reach: async () => {} },
  {
    name: "typing",
    reach: (page) => typeInto(page, SELECTORS.number, "4242 4242"),
  },
  {
    name: "error",
    reach: async (page) => {
      await typeInto(page, SELECTORS.number, "4242 4242 4242 4241");
      await typeInto(page, SELECTORS.expiry, "13");
      await page.click(SELECTORS.pay);
      await page.waitForSelector(`${SELECTORS.cvc}[aria-invalid="true"]`);
      await blur(page);
    },
  },
  {
    name: "complete",
    reach: async (page) => {
      await typeInto(page, SELECTORS.number, "4242424242424242");
      await typeInto(page, SELECTORS.expiry, "1234");
      await typeInto(page, SELECTORS.cvc, "123");
      await typeInto(page, SELECTORS.name, "Ada Lovelace");
      await typeInto(page, SELECTORS.postalCode, "10115");
      await blur(page);
      await page.waitForSelector(`${SELECTORS.postalCode}[data-card-valid]`);
    },
  },
  {
    name: "hint-open",
    reach: async (page) => {
      await typeInto(page, SELECTORS.number, "3782 822463 10005");
      await typeInto(page, SELECTORS.cvc, "12");
      await page.waitForSelector('#card-cvc-hint[data-card-side="front"]');
    },
  },
];
