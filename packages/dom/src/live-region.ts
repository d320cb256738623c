/** The class whose rule cardward adopts to hide the live region visually. */
export const DEFAULT_VISUALLY_HIDDEN_CLASS = "cardward-visually-hidden";

const RULE = `.${DEFAULT_VISUALLY_HIDDEN_CLASS}{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/** The visually-hidden rule as a constructable stylesheet, created on first use. */
let sheet: CSSStyleSheet | undefined;
/** How many live regions use the sheet, per document or shadow root. */
const users = new WeakMap<object, number>();

/**
 * Adopts (`step` 1) or un-adopts (`-1`, once the last user is gone) the visually-hidden rule as a
 * constructable stylesheet: CSSOM, so a strict CSP without `'unsafe-inline'` allows it, and no
 * `style` attribute or `<style>` element is written.
 */
function adopt(root: Partial<DocumentOrShadowRoot>, step: number): void {
  const sheets = root.adoptedStyleSheets;
  if (!sheets || typeof CSSStyleSheet !== "function") return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
  }
  const count = (users.get(root) ?? 0) + step;
  users.set(root, count);
  const own = sheet;
  if (count === 0) root.adoptedStyleSheets = sheets.filter((s) => s !== own);
  else if (!sheets.includes(own)) root.adoptedStyleSheets = [...sheets, own];
}

/** A polite live region: `say` announces a message, `remove` takes it away. */
export interface LiveRegion {
  say(message: string): void;
  remove(): void;
}

/** Creates a visually hidden (by `className`), polite live region after `anchor`. */
export function createLiveRegion(anchor: Element, className: string): LiveRegion {
  const region = anchor.ownerDocument.createElement("span");
  const root = anchor.getRootNode() as Partial<DocumentOrShadowRoot>;
  const shared = className === DEFAULT_VISUALLY_HIDDEN_CLASS;
  region.setAttribute("aria-live", "polite");
  region.setAttribute("role", "status");
  region.className = className;
  anchor.after(region);
  if (shared) adopt(root, 1);
  return {
    say(message) {
      // The same text twice is not a change a screen reader announces; toggle a trailing space.
      region.textContent = region.textContent === message ? `${message}\u00a0` : message;
    },
    remove() {
      region.remove();
      if (shared) adopt(root, -1);
    },
  };
}
