const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element's tag and attributes, as data. */
export interface SvgShape {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Its text content (for `<text>`). */
  readonly text?: string;
}

/**
 * Builds `shape` in `doc` with `createElementNS` and `setAttribute` only: no markup is parsed, so
 * a strict CSP with Trusted Types allows it, and no `style` attribute is written.
 */
export function createSvgShape(doc: Document, shape: SvgShape): SVGElement {
  const element = doc.createElementNS(SVG_NS, shape.tag);
  for (const [name, value] of Object.entries(shape.attributes)) element.setAttribute(name, value);
  if (shape.text !== undefined) element.textContent = shape.text;
  return element;
}

/** Builds an `<svg>` of `viewBox` holding `shapes`, hidden from assistive technology. */
export function createSvg(doc: Document, viewBox: string, shapes: readonly SvgShape[]): SVGElement {
  const svg = createSvgShape(doc, {
    tag: "svg",
    attributes: { viewBox, "aria-hidden": "true", focusable: "false" },
  });
  for (const shape of shapes) svg.append(createSvgShape(doc, shape));
  return svg;
}

/** Escapes text for an XML attribute or text node. */
function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** `shapes` as SVG markup (for a file or an `<img>`), with the XML namespace. */
export function svgMarkup(viewBox: string, shapes: readonly SvgShape[], title: string): string {
  const body = shapes.map(({ tag, attributes, text }) => {
    const attrs = Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
      .join("");
    return text === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${escapeXml(text)}</${tag}>`;
  });
  return `<svg xmlns="${SVG_NS}" viewBox="${viewBox}" role="img"><title>${escapeXml(title)}</title>${body.join("")}</svg>`;
}
