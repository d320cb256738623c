// What a skimmer on the merchant's page can see, installed before any of the page's scripts: a
// keylogger, a MutationObserver, window `message` listeners, and wrapped `postMessage` (windows
// and ports), port listeners, `fetch` and `XMLHttpRequest`. Everything they see is kept as text
// in `window.__seen`, which the suites search for the card's digits.

/** Installed with `addInitScript` in every document; acts only in the page origin's. */
export function installPageSpies({ origin }: { origin: string }): void {
  if (location.origin !== origin) return;
  const seen: string[] = [];
  Object.assign(window, { __seen: seen });
  const keep = (kind: string, value: unknown) => {
    let text: string;
    try {
      text = typeof value === "string" ? value : JSON.stringify(value);
    } catch {
      text = String(value);
    }
    seen.push(`${kind}: ${text}`);
  };
  for (const type of ["keydown", "keyup", "keypress", "beforeinput", "input", "paste", "change"]) {
    addEventListener(
      type,
      (event) => {
        const e = event as KeyboardEvent & InputEvent & ClipboardEvent;
        keep(type, [e.key, e.data, e.clipboardData?.getData("text/plain")]);
      },
      true,
    );
  }
  addEventListener("message", (event) => keep("window message", event.data));
  const originalPost = window.postMessage.bind(window);
  window.postMessage = ((message: unknown, ...rest: never[]) => {
    keep("window.postMessage", message);
    return (originalPost as (...args: unknown[]) => void)(message, ...rest);
  }) as typeof window.postMessage;
  const portPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (
    this: MessagePort,
    message: unknown,
    ...rest: never[]
  ) {
    keep("port.postMessage", message);
    return (portPost as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof portPost;
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, "onmessage");
  Object.defineProperty(MessagePort.prototype, "onmessage", {
    configurable: true,
    get() {
      return onmessage?.get?.call(this);
    },
    set(listener: ((event: MessageEvent) => void) | null) {
      const wrapped = listener
        ? (event: MessageEvent) => {
            keep("port message", event.data);
            listener.call(this, event);
          }
        : null;
      onmessage?.set?.call(this, wrapped);
    },
  });
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    keep("fetch", [String(input instanceof Request ? input.url : input), init?.body ?? null]);
    return originalFetch(input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    keep("xhr.open", args.slice(0, 2));
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    keep("xhr.send", body ?? null);
    return send.call(this, body);
  };
  const observe = () =>
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        keep("mutation", [
          record.type,
          record.attributeName ? target.getAttribute?.(record.attributeName) : null,
          record.type === "characterData" ? target.textContent : null,
          ...Array.from(
            record.addedNodes,
            (node) => (node as Element).outerHTML ?? node.textContent,
          ),
        ]);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  observe();
}

/** JWE compact serializations (ciphertext may contain any run of digits by chance). */
const JWE = /[A-Za-z0-9_-]{10,}(\.[A-Za-z0-9_-]*){4}/g;

/**
 * The runs of the card's digits that must never appear: every 5-digit window of the number that
 * is not inside the allowed BIN prefix (0 digits unless opted in) or the last four, and the CVC.
 * Separators are removed from the text first (so "4539 1488" counts as "45391488").
 */
export function forbiddenRuns(pan: string, cvc: string, allowedPrefix = 0): string[] {
  const WINDOW = 5;
  const runs: string[] = [];
  for (let start = 0; start + WINDOW <= pan.length; start += 1) {
    const insidePrefix = start + WINDOW <= allowedPrefix;
    const insideLastFour = start >= pan.length - 4;
    if (!insidePrefix && !insideLastFour) runs.push(pan.slice(start, start + WINDOW));
  }
  return [...runs, cvc];
}

/** The entries of `seen` that contain a forbidden run (ciphertexts and separators removed). */
export function leaks(seen: readonly string[], forbidden: readonly string[]): string[] {
  return seen.filter((entry) => {
    const text = entry
      .replace(JWE, "[jwe]")
      .replace(/https?:\/\/[^\s"']+/g, "[url]")
      .replace(/[\s\u00a0/-]+/g, "");
    return forbidden.some((run) => text.includes(run));
  });
}
