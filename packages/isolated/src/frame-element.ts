import type { CardField } from "@cardward/core";
import { FRAME_PATH } from "@cardward/frame/protocol";

/** The class of every card iframe; its rule fills the container without a border. */
export const FRAME_CLASS = "cardward-frame";

const RULE = `.${FRAME_CLASS}{display:block;width:100%;height:100%;border:0;margin:0;padding:0;background:transparent}`;

/** One sheet per document (a sheet can only be adopted in the document it was made for). */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts the iframes' rule in `doc` as a constructable stylesheet (no style attribute, no
 * `<style>`: a page CSP without `'unsafe-inline'` allows it). Returns the function that takes it
 * away again.
 */
export function adoptFrameSheet(doc: Document): () => void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return () => {};
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(RULE);
    sheets.set(doc, sheet);
  }
  const adopted = sheet;
  if (!doc.adoptedStyleSheets.includes(adopted)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
  }
  return () => {
    if (doc.querySelector(`iframe.${FRAME_CLASS}`)) return;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== adopted);
  };
}

/**
 * Creates a field's iframe on the frame origin's versioned path: `allow="autofill; payment"`
 * (browsers fill card frames and Chrome asks for it), a `title`, no referrer.
 */
export function createFrameElement(
  container: Element,
  frameOrigin: string,
  field: CardField,
  title: string,
): HTMLIFrameElement {
  const iframe = container.ownerDocument.createElement("iframe");
  iframe.className = FRAME_CLASS;
  iframe.title = title;
  iframe.setAttribute("allow", "autofill; payment");
  iframe.referrerPolicy = "no-referrer";
  iframe.setAttribute("scrolling", "no");
  iframe.dataset.cardwardField = field;
  iframe.src = `${frameOrigin}${FRAME_PATH}`;
  container.append(iframe);
  return iframe;
}
