/** The class whose rule cardward adopts to hide the live region visually. */
export const DEFAULT_VISUALLY_HIDDEN_CLASS = "cardward-visually-hidden";

const RULE = `.${DEFAULT_VISUALLY_HIDDEN_CLASS}{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}`;

/** Shared per document or shadow root: the sheet and how many live regions use it. */
const sheets = new WeakMap<DocumentOrShadowRoot, { sheet: CSSStyleSheet; users: number }>();

/**
 * Adopts the visually-hidden rule as a constructable stylesheet: CSSOM, so a strict CSP without
 * `'unsafe-inline'` allows it, and no `style` attribute or `<style>` element is written.
 * Returns the function that un-adopts it once the last user is gone.
 */
function adoptRule(scope: Node): () => void {
  const host = scope as Partial<DocumentOrShadowRoot>;
  if (!host.adoptedStyleSheets || typeof CSSStyleSheet !== "function") return () => {};
  const root = host as DocumentOrShadowRoot;
  let entry = sheets.get(root);
  if (!entry) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
    entry = { sheet, users: 0 };
    sheets.set(root, entry);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  entry.users++;
  const used = entry;
  return () => {
    if (--used.users > 0) return;
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== used.sheet);
    sheets.delete(root);
  };
}

/** A polite live region placed after `anchor`; `say` announces a message, `remove` takes it away. */
export interface LiveRegion {
  say(message: string): void;
  remove(): void;
}

/** Creates a visually hidden, polite live region after `anchor`. */
export function createLiveRegion(anchor: Element, className: string): LiveRegion {
  const region = anchor.ownerDocument.createElement("span");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("role", "status");
  region.className = className;
  anchor.after(region);
  const unadopt =
    className === DEFAULT_VISUALLY_HIDDEN_CLASS ? adoptRule(anchor.getRootNode()) : () => {};
  return {
    say(message) {
      // The same text twice is not a change a screen reader announces; toggle a trailing space.
      region.textContent = region.textContent === message ? `${message}\u00a0` : message;
    },
    remove() {
      region.remove();
      unadopt();
    },
  };
}
