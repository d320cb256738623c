// The Firefox driver: puppeteer-core over WebDriver BiDi (no geckodriver), connected to the run's
// shared Firefox ESR; every page in a fresh browser context (its own cookies and storage).
import puppeteer, {
  type Browser,
  type BrowserContext,
  type KeyInput,
  type Page,
} from "puppeteer-core";
import { parseChord } from "../chord";
import type { Driver, EnginePage, PageFunction } from "../driver";
import {
  clearOriginStorage,
  type Evaluate,
  navigateAway,
  readRecording,
  requestCount,
} from "./in-page";

/** How long one puppeteer action may hang before it fails with its own message. */
const ACTION_TIMEOUT_MS = 10_000;

/** Presses a chord: modifiers down in order, the key, modifiers up in reverse. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const { modifiers, key } = parseChord(chord);
  // A letter under a shortcut is its lower-case key (`Control+V` is Control and `v`).
  const pressed = (key.length === 1 && modifiers.length > 0 ? key.toLowerCase() : key) as KeyInput;
  for (const modifier of modifiers) await page.keyboard.down(modifier as KeyInput);
  await page.keyboard.press(pressed);
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as KeyInput);
}

function enginePage(page: Page, context: BrowserContext, logUrl: string, from: number): EnginePage {
  // puppeteer types the argument as `FlattenHandle<A>`, which is `A` itself for the JSON values
  // the suites pass, but TypeScript cannot see that for a generic `A`.
  const evaluate: Evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) =>
    page.evaluate(fn as (value: unknown) => R | Promise<R>, arg) as Promise<R>;
  let errorsExpected = false;
  return {
    engine: "firefox",
    goto: async (url) => {
      await page.goto(url);
    },
    goBack: () =>
      navigateAway(evaluate, async () => {
        await page.evaluate(() => history.back());
      }),
    url: async () => page.url(),
    // A locator waits for the element (a framework may render it after load).
    click: (selector) => page.locator(selector).click(),
    type: (text) => page.keyboard.type(text),
    press: (chord) => pressChord(page, chord),
    // puppeteer sends each key as a BiDi `input.performActions` of its own.
    pressSequence: async (chords) => {
      for (const chord of chords) await pressChord(page, chord);
    },
    evaluate,
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    writeClipboard: (text) => page.evaluate((value) => navigator.clipboard.writeText(value), text),
    screenshot: () => page.screenshot(),
    cookies: () => context.cookies(),
    recording: () => readRecording(evaluate, logUrl, from),
    expectConsoleErrors: () => {
      errorsExpected = true;
    },
    get errorsExpected() {
      return errorsExpected;
    },
  };
}

/**
 * Connects to the run's Firefox over WebDriver BiDi. With `freshContexts`, every page gets a
 * browser context of its own; without, the test file's pages share one context and tab, and a
 * closing page clears what it left in its origin (faster by most of a second a test).
 */
export async function connectFirefox(
  wsEndpoint: string,
  logUrl: string,
  freshContexts: boolean,
): Promise<Driver> {
  const browser: Browser = await puppeteer.connect({
    browserWSEndpoint: wsEndpoint,
    protocol: "webDriverBiDi",
  });
  const contexts = new Map<EnginePage, BrowserContext>();
  let shared: { context: BrowserContext; page: Page } | undefined;
  const newTab = async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return { context, page };
  };
  return {
    engine: "firefox",
    async open(url) {
      if (!freshContexts) shared ??= await newTab();
      const tab = shared ?? (await newTab());
      const from = await requestCount(logUrl);
      await tab.page.goto(url);
      const opened = enginePage(tab.page, tab.context, logUrl, from);
      if (freshContexts) contexts.set(opened, tab.context);
      return opened;
    },
    async close(page) {
      const own = contexts.get(page);
      contexts.delete(page);
      if (own) return own.close();
      await page.evaluate(clearOriginStorage, null);
      if (shared) {
        await shared.context.deleteCookie(...(await shared.context.cookies()));
        await shared.page.goto("about:blank");
      }
    },
    disconnect: () => browser.disconnect(),
  };
}
