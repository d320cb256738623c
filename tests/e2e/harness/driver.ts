// The one small interface every suite drives a browser through, whatever the engine: open a page,
// click, type, press a chord or a sequence of them, run a script, paste from the clipboard, take a screenshot, and read
// back what the page did. Three implementations: Chromium (playwright-core), Firefox
// (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver against WebKitWebDriver).
import type { BrowserContext, Page } from "playwright-core";

/** A browser engine the suite runs in. */
export type Engine = "chromium" | "firefox" | "webkit";

/** Every engine, in the order `pnpm test:e2e` runs them. */
export const ENGINES: readonly Engine[] = ["chromium", "firefox", "webkit"];

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

/** What a page did since it was opened. */
export interface Recording {
  readonly console: RecordedMessage[];
  readonly pageErrors: string[];
  readonly requests: RecordedRequest[];
}

/** A cookie as the browser's cookie jar holds it. */
export interface JarCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

/** A function run inside the page: self-contained, its argument and result JSON values. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** An open page, in a fresh context of its own, in one engine. */
export interface EnginePage {
  readonly engine: Engine;
  /** The playwright-core page and context behind it, in Chromium only (for CDP-only checks). */
  readonly playwright?: { readonly page: Page; readonly context: BrowserContext };
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Goes back one entry (a back-forward cache restore fires no load: it does not wait for one). */
  goBack(): Promise<void>;
  /** The URL of the top-level document. */
  url(): Promise<string>;
  /** Clicks the element's centre with the mouse. */
  click(selector: string): Promise<void>;
  /** Types `text` with the keyboard, key by key, into whatever has focus. */
  type(text: string): Promise<void>;
  /**
   * Presses a chord written the Playwright way: `Backspace`, `Shift+ArrowRight`,
   * `ControlOrMeta+V` (Control on Linux), `Shift+Home`.
   */
  press(chord: string): Promise<void>;
  /**
   * Presses chords one after another, each released before the next (`["Home", "ArrowRight",
   * "Shift+ArrowRight"]`), in one input action where the engine takes several (WebDriver's
   * Actions API), so a caret placed key by key costs one round trip.
   */
  pressSequence(chords: readonly string[]): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited) result. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Runs a classic script's source in the page (e.g. a library bundle). */
  evaluateSource(source: string): Promise<void>;
  /** Puts `text` on the system clipboard, as a person's copy would. */
  writeClipboard(text: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Uint8Array>;
  /** Every cookie of the context's jar. */
  cookies(): Promise<JarCookie[]>;
  /** What the page did since it opened (console, page errors, requests), once all is read. */
  recording(): Promise<Recording>;
  /** This test expects console errors (a planted leak): do not fail it for them. */
  expectConsoleErrors(): void;
  /** Whether {@link EnginePage.expectConsoleErrors} was called. */
  readonly errorsExpected: boolean;
}

/** Options for {@link Driver.open}. */
export interface OpenOptions {
  /** Kept for the Playwright-style suites; every engine page may use the clipboard. */
  readonly clipboard?: boolean;
}

/** One engine's connection, shared by a test file. */
export interface Driver {
  readonly engine: Engine;
  /** Opens `url` in a fresh context and waits for it to load. */
  open(url: string, options?: OpenOptions): Promise<EnginePage>;
  /** Closes a page and its context (or clears what it left, where contexts cannot be made). */
  close(page: EnginePage): Promise<void>;
  /** Drops the connection; the browser itself lives as long as the run. */
  disconnect(): Promise<void>;
}
