// One Chromium per run, one fresh context per page. Everything a page does that the leak audit
// looks at is recorded from the moment it opens: console messages of every level (with their
// arguments), page errors and every request with its body. Any console error or page error during a
// test fails it, unless the test says it expects them (the audit's self-tests do).
import {
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import type { E2eContext } from "./global-setup";

/** A console message as recorded: its level, its text and its arguments as JSON values. */
export interface RecordedMessage {
  readonly type: string;
  readonly text: string;
  readonly args: unknown[];
}

/** A request as recorded: its URL, method, headers and body. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | null;
}

/** What a page (and every page of its context) did since it was opened. */
export interface Recording {
  readonly console: RecordedMessage[];
  readonly pageErrors: string[];
  readonly requests: RecordedRequest[];
}

/** A page in its own fresh context, with what it did. */
export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly recording: Recording;
  /** Waits until every console message's arguments have been read. */
  settle(): Promise<void>;
  /** This test expects console errors (a planted leak): do not fail it for them. */
  expectConsoleErrors(): void;
}

/** Options for {@link Session.open}. */
export interface OpenOptions {
  /** Grant clipboard access so a real Ctrl+V pastes what the test put on the clipboard. */
  readonly clipboard?: boolean;
}

/** What {@link useBrowser} gives a test file. */
export interface Session {
  /** The origins of the fixtures and the built examples. */
  readonly e2e: E2eContext;
  /** Opens `url` in a fresh context and waits for it to load. */
  open(url: string, options?: OpenOptions): Promise<OpenedPage>;
}

async function readArgs(message: ConsoleMessage): Promise<unknown[]> {
  return Promise.all(
    message.args().map((arg) => arg.jsonValue().catch(() => "[unserializable argument]")),
  );
}

/** Connects the test file to the shared Chromium; closes each test's contexts after it. */
export function useBrowser(): Session {
  const e2e = inject("e2e");
  let browser: Browser | undefined;
  let opened: { page: OpenedPage; errorsExpected: boolean }[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(e2e.wsEndpoint);
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
    async open(url, options = {}) {
      if (!browser) throw new Error("useBrowser(): the browser is not connected yet");
      const context = await browser.newContext();
      // A hung action fails with its own message, well before the test's timeout.
      context.setDefaultTimeout(10_000);
      if (options.clipboard) {
        await context.grantPermissions(["clipboard-read", "clipboard-write"], {
          origin: new URL(url).origin,
        });
      }
      await context.addInitScript(() => {
        addEventListener("pageshow", (event) => {
          Object.assign(window, { __e2ePageshowPersisted: event.persisted });
        });
        const violations: unknown[] = [];
        Object.assign(window, { __e2eCspViolations: violations });
        document.addEventListener("securitypolicyviolation", (event) => {
          violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
        });
      });
      const recording: Recording = { console: [], pageErrors: [], requests: [] };
      const pending: Promise<unknown>[] = [];
      context.on("console", (message) => {
        const entry: RecordedMessage = { type: message.type(), text: message.text(), args: [] };
        recording.console.push(entry);
        pending.push(readArgs(message).then((args) => entry.args.push(...args)));
      });
      context.on("weberror", (error) => {
        const { message, stack } = error.error();
        recording.pageErrors.push(`${message}\n${stack ?? ""}`);
      });
      context.on("request", (request) => {
        recording.requests.push({
          url: request.url(),
          method: request.method(),
          headers: request.headers(),
          body: request.postData(),
        });
      });
      const page = await context.newPage();
      const entry = {
        page: {
          page,
          context,
          recording,
          settle: async () => {
            await Promise.all(pending);
          },
          expectConsoleErrors: () => {
            entry.errorsExpected = true;
          },
        },
        errorsExpected: false,
      };
      opened.push(entry);
      await page.goto(url);
      return entry.page;
    },
  };
}
