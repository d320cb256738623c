import { collectStrings } from "./collect-strings";
import { patchMethod, patchProperty, type Restore } from "./patch";
import {
  type CompiledSecret,
  compileSecrets,
  type LeakSecret,
  redact,
  secretsIn,
} from "./secret-matcher";

/**
 * Where a secret was found:
 * - `console`: an argument of any console method while active.
 * - `localStorage` / `sessionStorage`: a `setItem` key or value while active, or an entry at check.
 * - `cookie`: a `document.cookie` write while active, or the cookie string at check.
 * - `attribute`: an attribute's old or new value in any mutation while active.
 * - `dom`: text or nodes added while active, or the document's HTML (open shadow roots too).
 * - `input-value`: an input, textarea or select's `.value` at check (not in the HTML).
 * - `url`: `location.href` at check, or a URL given to `history.pushState`/`replaceState`.
 * - `history`: `history.state` at check, or a state given to `pushState`/`replaceState`.
 */
export type LeakSink =
  | "console"
  | "localStorage"
  | "sessionStorage"
  | "cookie"
  | "attribute"
  | "dom"
  | "input-value"
  | "url"
  | "history";

/** One leak. `detail` names the secret by label or index and never contains it. */
export interface LeakFinding {
  readonly sink: LeakSink;
  /** E.g. `"secret #0 found in localStorage key 'draft'"`. */
  readonly detail: string;
}

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

const CONSOLE_METHODS = [
  "log",
  "info",
  "warn",
  "error",
  "debug",
  "trace",
  "dir",
  "dirxml",
  "table",
  "group",
  "groupCollapsed",
  "assert",
  "count",
  "timeLog",
] as const;

type Win = Window & typeof globalThis;

function describe(el: Node | null): string {
  const e = el as Element | null;
  if (!e?.tagName) return "a node";
  const tag = e.tagName.toLowerCase();
  const id = e.id ? `#${e.id}` : "";
  const name = e.getAttribute("name");
  return `<${tag}${id}${name ? ` name="${name}"` : ""}>`;
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
  const win = (options.window ?? globalThis) as Win;
  const doc: Document | undefined = win.document;
  const recorded = new Map<string, LeakFinding>();
  const restores: Restore[] = [];
  let stopped = false;

  const report = (
    into: Map<string, LeakFinding>,
    sink: LeakSink,
    found: readonly CompiledSecret[],
    where: string,
  ) => {
    for (const s of found) {
      const detail = redact(secrets, `secret ${s.name} found in ${where}`);
      into.set(`${sink}\u0000${detail}`, { sink, detail });
    }
  };
  const scan = (
    into: Map<string, LeakFinding>,
    sink: LeakSink,
    texts: readonly string[],
    where: string,
  ) => {
    report(into, sink, secretsIn(secrets, texts.join("\u0000")), where);
  };
  const record = (sink: LeakSink, texts: readonly string[], where: string) =>
    scan(recorded, sink, texts, where);

  // console: every level, arguments walked deeply.
  const target = win.console ?? globalThis.console;
  for (const method of CONSOLE_METHODS) {
    if (typeof target[method] !== "function") continue;
    restores.push(
      patchMethod(target as unknown as Record<string, unknown>, method, (original, self, args) => {
        args.forEach((arg, i) => {
          record("console", collectStrings(arg), `console.${method} argument ${i + 1}`);
        });
        return options.quiet ? undefined : original.apply(self, args);
      }),
    );
  }

  // Storage writes: through the prototype both storages share (jsdom, browsers), and through the
  // instances where the environment binds methods onto them on first access (happy-dom does,
  // so its storages never see a later prototype patch).
  const storages: ["localStorage" | "sessionStorage", Storage][] = [];
  for (const sink of ["localStorage", "sessionStorage"] as const) {
    try {
      const storage = win[sink];
      void storage.setItem; // Let happy-dom bind the original before anything is patched.
      storages.push([sink, storage]);
    } catch {
      // No storage, or an opaque origin that throws on access.
    }
  }
  const onSetItem = (sink: string, args: unknown[]) => {
    const [key = "", value = ""] = args.map(String);
    record(sink as LeakSink, [key, value], `${sink}.setItem for key '${key}'`);
  };
  if (win.Storage) {
    const proto = win.Storage.prototype as unknown as Record<string, unknown>;
    restores.push(
      patchMethod(proto, "setItem", (original, self, args) => {
        onSetItem(storages.find(([, s]) => s === self)?.[0] ?? "localStorage", args);
        return original.apply(self, args);
      }),
    );
    for (const [sink, storage] of storages) {
      const bound = storage.setItem;
      if (bound === proto.setItem) continue;
      // happy-dom's proxy hides the bound copy from getOwnPropertyDescriptor but lets it be
      // redefined; put the same bound original back on stop.
      const define = (value: unknown) =>
        Object.defineProperty(storage, "setItem", {
          value,
          writable: true,
          enumerable: false,
          configurable: true,
        });
      define((...args: unknown[]) => {
        onSetItem(sink, args);
        return bound.apply(storage, args as [string, string]);
      });
      restores.push(() => define(bound));
    }
  }

  if (doc) {
    // document.cookie writes.
    restores.push(
      patchProperty(doc, "cookie", (descriptor) => ({
        get() {
          return descriptor.get?.call(this);
        },
        set(value: unknown) {
          record("cookie", [String(value)], "a document.cookie write");
          descriptor.set?.call(this, value);
        },
      })),
    );
  }

  // history: URLs and states pushed or replaced.
  if (win.history) {
    for (const method of ["pushState", "replaceState"] as const) {
      restores.push(
        patchMethod(
          win.history as unknown as Record<string, unknown>,
          method,
          (original, self, args) => {
            record("history", collectStrings(args[0]), `the state given to history.${method}`);
            if (args[2] != null)
              record("url", urlForms(String(args[2])), `the URL given to history.${method}`);
            return original.apply(self, args);
          },
        ),
      );
    }
  }

  // Every DOM mutation, old values included.
  const handle = (records: readonly MutationRecord[]) => {
    for (const m of records) {
      if (m.type === "attributes") {
        const name = m.attributeName ?? "";
        const now = (m.target as Element).getAttribute?.(name) ?? "";
        record(
          "attribute",
          [m.oldValue ?? "", now],
          `attribute '${name}' of ${describe(m.target)}`,
        );
      } else if (m.type === "characterData") {
        record(
          "dom",
          [m.oldValue ?? "", m.target.textContent ?? ""],
          `text in ${describe(m.target.parentNode)}`,
        );
      } else {
        for (const node of m.addedNodes) {
          record("dom", collectStrings(node), `a node added to ${describe(m.target)}`);
        }
      }
    }
  };
  const observer = doc && win.MutationObserver ? new win.MutationObserver(handle) : null;
  observer?.observe(doc as Document, {
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
    childList: true,
    subtree: true,
  });

  const scanNow = (): Map<string, LeakFinding> => {
    const now = new Map<string, LeakFinding>();
    if (doc) {
      scan(now, "dom", [doc.documentElement?.outerHTML ?? ""], "the document's HTML");
      for (const el of doc.querySelectorAll("*")) {
        if (el.shadowRoot)
          scan(now, "dom", [el.shadowRoot.innerHTML], `the shadow root of ${describe(el)}`);
      }
      for (const field of doc.querySelectorAll<HTMLInputElement>("input, textarea, select")) {
        const found = secretsIn(secrets, field.value).filter(
          (s) => !s.allowedFields.includes(field),
        );
        report(now, "input-value", found, `the value of ${describe(field)}`);
      }
      try {
        scan(now, "cookie", [doc.cookie], "document.cookie");
      } catch {
        // Documents without a cookie jar.
      }
    }
    for (const sink of ["localStorage", "sessionStorage"] as const) {
      try {
        const storage = win[sink];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i) ?? "";
          scan(now, sink, [key, storage.getItem(key) ?? ""], `${sink} key '${key}'`);
        }
      } catch {
        // No storage in this environment.
      }
    }
    if (win.location) scan(now, "url", urlForms(win.location.href), "location.href");
    if (win.history) scan(now, "history", collectStrings(win.history.state), "history.state");
    return now;
  };

  return {
    check() {
      if (observer) handle(observer.takeRecords());
      return [...new Map([...recorded, ...scanNow()]).values()];
    },
    assertNoLeaks() {
      const findings = this.check();
      if (findings.length > 0) throw new LeakError(findings);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (observer) {
        handle(observer.takeRecords());
        observer.disconnect();
      }
      for (const restore of restores.reverse()) restore();
    },
  };
}

/** A URL as written and decoded (`%20` and `+` become spaces), so encoded secrets are found. */
function urlForms(url: string): string[] {
  try {
    return [url, decodeURIComponent(url.replace(/\+/g, " "))];
  } catch {
    return [url];
  }
}
