import { createFindingLog, type LeakFinding, type LeakSink } from "./finding-log";
import { compileSecrets, type LeakSecret } from "./secret-matcher";
import { watchConsole } from "./sinks/console-sink";
import { watchCookie } from "./sinks/cookie-sink";
import { watchDocument } from "./sinks/document-sink";
import { watchHistory } from "./sinks/history-sink";
import { watchMutations } from "./sinks/mutation-sink";
import type { SinkContext, Win } from "./sinks/sink";
import { watchStorage } from "./sinks/storage-sink";

export type { LeakFinding, LeakSink };

/** Options of {@link createLeakDetector}. */
export interface LeakDetectorOptions {
  /** The values that must not leak: the card number, the security code, ... */
  readonly secrets: readonly (string | LeakSecret)[];
  /**
   * The window to watch.
   * @default globalThis (the test environment's window under happy-dom or jsdom)
   */
  readonly window?: Window;
  /**
   * Swallow console output while active instead of passing it on (findings still record it).
   * @default false
   */
  readonly quiet?: boolean;
}

/** A running leak detector. */
export interface LeakDetector {
  /** Every finding so far, plus a scan of the DOM, inputs, storage, cookies and URL right now. */
  check(): readonly LeakFinding[];
  /** Throws a {@link LeakError} listing the findings if {@link LeakDetector.check} finds any. */
  assertNoLeaks(): void;
  /** Restores everything patched and stops observing. Idempotent; `check()` still works. */
  stop(): void;
}

/** Thrown by `assertNoLeaks()`; its message and `findings` never contain a secret. */
export class LeakError extends Error {
  /** What was found. */
  readonly findings: readonly LeakFinding[];

  /** Lists the findings in the message. */
  constructor(findings: readonly LeakFinding[]) {
    super(
      `${findings.length} leak(s) found:\n${findings.map((f) => `- [${f.sink}] ${f.detail}`).join("\n")}`,
    );
    this.name = "LeakError";
    this.findings = findings;
  }
}

/**
 * Watches a test's page for secrets escaping into places other scripts, logs or the server can
 * read. While active it records console calls (every level), `localStorage`/`sessionStorage`
 * writes, `document.cookie` writes, `history.pushState`/`replaceState` and every DOM mutation
 * (attributes with their old values, added nodes, text changes). `check()` adds a scan of the
 * document's HTML, every field's `.value`, storage contents, cookies, `location.href` and
 * `history.state`. Secrets made of digits are found with spaces or dashes between the digits.
 *
 * Findings name the sink and the secret's label or index, never the secret: every detail is
 * redacted before it is stored. Call `stop()` when done (in `afterEach`) to restore what was
 * patched.
 *
 * @example
 * const detector = createLeakDetector({ secrets: ["4242424242424242", { value: "737", label: "cvc" }] });
 * // ... type into the form, submit ...
 * detector.assertNoLeaks();
 * detector.stop();
 */
export function createLeakDetector(options: LeakDetectorOptions): LeakDetector {
  const secrets = compileSecrets(options.secrets);
  const win: Win = (options.window ?? globalThis) as Win;
  const context: SinkContext = {
    win,
    doc: win.document,
    secrets,
    recorded: createFindingLog(secrets),
    quiet: options.quiet === true,
  };
  // One watch per sink, in the order they are patched (and restored in reverse).
  const storage = watchStorage(context);
  const cookie = watchCookie(context);
  const history = watchHistory(context);
  const mutations = watchMutations(context);
  const page = watchDocument(context);
  const watches = [watchConsole(context), storage, cookie, history, mutations, page];
  let stopped = false;
  return {
    check() {
      mutations.flush?.();
      const now = createFindingLog(secrets);
      for (const watch of [page, cookie, storage, history]) watch.scan?.(now);
      return [...new Map([...context.recorded.findings, ...now.findings]).values()];
    },
    assertNoLeaks() {
      const findings = this.check();
      if (findings.length > 0) throw new LeakError(findings);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const watch of [...watches].reverse()) watch.stop?.();
    },
  };
}
