/** The class whose rule cardward adopts to hide the live region visually. */
export const DEFAULT_VISUALLY_HIDDEN_CLASS = "cardward-visually-hidden";

const RULE = `.${DEFAULT_VISUALLY_HIDDEN_CLASS}{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/**
 * The visually-hidden rule as a constructable stylesheet per document, created on first use with
 * that document's own `CSSStyleSheet` (a sheet can only be adopted in the document it was made
 * for: another window, realm or iframe needs its own).
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** A polite live region: `say` announces a message, `remove` takes it away. */
export interface LiveRegion {
  say(message: string): void;
  remove(): void;
}

/**
 * Creates a polite live region after `anchor`, visually hidden by `className`. The default class's
 * rule is adopted as a constructable stylesheet (CSSOM, so a strict CSP without `'unsafe-inline'`
 * allows it, and no `style` attribute or `<style>` element is written) while any live region of
 * that class is in the document or shadow root.
 */
export function createLiveRegion(anchor: Element, className: string): LiveRegion {
  const doc = anchor.ownerDocument;
  const region = doc.createElement("span");
  const root = anchor.getRootNode() as ParentNode & Partial<DocumentOrShadowRoot>;
  const adopt = () => {
    const adopted = root.adoptedStyleSheets;
    // A document without a window (DOMParser, createHTMLDocument) renders nothing: no sheet.
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!adopted || !Sheet || className !== DEFAULT_VISUALLY_HIDDEN_CLASS) return;
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(RULE);
      sheets.set(doc, sheet);
    }
    const others = adopted.filter((s) => s !== sheet);
    root.adoptedStyleSheets = root.querySelector(`.${className}[aria-live]`)
      ? [...others, sheet]
      : others;
  };
  region.setAttribute("aria-live", "polite");
  region.setAttribute("role", "status");
  region.className = className;
  anchor.after(region);
  adopt();
  return {
    say(message) {
      // The same text twice is not a change a screen reader announces; toggle a trailing space.
      region.textContent = region.textContent === message ? `${message}\u00a0` : message;
    },
    remove() {
      region.remove();
      adopt();
    },
  };
}
