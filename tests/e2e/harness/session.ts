// The Playwright-style session, for suites written against playwright-core's `page` (CDP checks,
// DevTools features): they run in Chromium only. In the Firefox and WebKit runs every test of
// such a file is skipped by name with that reason, so the run lists them instead of passing
// them silently. Cross-engine suites use `useEngine()` (engine-session.ts) instead.
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import type { RecordedMessage, RecordedRequest, Recording } from "./driver";
import { type ChromiumPage, openChromiumPage } from "./drivers/chromium";

// A Playwright-style page goes to the cross-engine helpers (auditSinks, axeViolations) through this.
export { enginePage as asEnginePage } from "./drivers/chromium";

import type { E2eContext } from "./global-setup";

export type { RecordedMessage, RecordedRequest, Recording };

/** A page in its own fresh context, with what it did. */
export interface OpenedPage extends ChromiumPage {
  /** This test expects console errors (a planted leak): do not fail it for them. */
  expectConsoleErrors(): void;
}

/** Options for {@link Session.open}. */
export interface OpenOptions {
  /** Grant clipboard access (every page has it now; kept for the suites that pass it). */
  readonly clipboard?: boolean;
}

/** What {@link useBrowser} gives a test file. */
export interface Session {
  /** The origins of the fixtures and the built examples. */
  readonly e2e: E2eContext;
  /** Opens `url` in a fresh context and waits for it to load. */
  open(url: string, options?: OpenOptions): Promise<OpenedPage>;
}

/** Why a Playwright-style test does not run in Firefox or WebKit. */
export const CHROMIUM_ONLY_NOTE =
  "chromium only: written against playwright-core's page (Chromium's DevTools protocol)";

/** Connects the test file to the shared Chromium; closes each test's contexts after it. */
export function useBrowser(): Session {
  const e2e = inject("e2e");
  const inChromium = e2e.engine === "chromium";
  let browser: Browser | undefined;
  let opened: { page: OpenedPage; errorsExpected: boolean }[] = [];

  beforeEach((context) => {
    if (!inChromium) context.skip(CHROMIUM_ONLY_NOTE);
  });
  beforeAll(async () => {
    if (inChromium) browser = await chromium.connect(e2e.wsEndpoint);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const current = opened;
    opened = [];
    const errors: string[] = [];
    for (const { page, errorsExpected } of current) {
      await page.settle();
      await page.context.close();
      if (errorsExpected) continue;
      for (const message of page.recording.console) {
        if (message.type === "error") errors.push(`console.error: ${message.text}`);
      }
      for (const error of page.recording.pageErrors) errors.push(`page error: ${error}`);
    }
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join("\n")}`);
  });

  return {
    e2e,
    async open(url) {
      if (!browser) throw new Error("useBrowser(): the browser is not connected yet");
      const chromiumPage = await openChromiumPage(browser, url);
      const entry = {
        page: {
          ...chromiumPage,
          expectConsoleErrors: () => {
            entry.errorsExpected = true;
          },
        },
        errorsExpected: false,
      };
      opened.push(entry);
      return entry.page;
    },
  };
}
