// Brand marks drawn for cardward: a rounded card in a colour people associate with the brand and
// the brand's initials. Geometric and original on purpose: no brand's artwork is copied. They are
// decorative (the brand's name is in the CVC's accessible name and the live region), so the
// element form is hidden from assistive technology; the string form carries a <title>.
import type { BrandId } from "@cardward/core";
import { createSvg, type SvgShape, svgMarkup } from "./svg-element";

/** A brand mark's id: a brand core detects, or `generic` while none is known. */
export type BrandMarkId = BrandId | "generic";

/** How one mark is drawn: its initials, their colour and the card's. */
interface MarkStyle {
  readonly name: string;
  readonly initials: string;
  readonly background: string;
  readonly foreground: string;
}

/** The mark's box: a card's proportions at 40 × 26 units. */
export const BRAND_MARK_VIEWBOX = "0 0 40 26";

const WHITE = "#ffffff";

const STYLES: Readonly<Record<BrandMarkId, MarkStyle>> = {
  generic: { name: "Card", initials: "", background: "#f2f4f7", foreground: "#667085" },
  visa: { name: "Visa", initials: "VISA", background: "#1a1f71", foreground: WHITE },
  mastercard: { name: "Mastercard", initials: "MC", background: "#252525", foreground: "#f9a000" },
  "american-express": {
    name: "American Express",
    initials: "AMEX",
    background: "#1f6fb2",
    foreground: WHITE,
  },
  "diners-club": { name: "Diners Club", initials: "DC", background: "#0a5c8f", foreground: WHITE },
  discover: { name: "Discover", initials: "DISC", background: "#3d3d3d", foreground: "#ff9a3c" },
  jcb: { name: "JCB", initials: "JCB", background: "#0b6b3a", foreground: WHITE },
  unionpay: { name: "UnionPay", initials: "UP", background: "#b0122b", foreground: WHITE },
  maestro: { name: "Maestro", initials: "MAE", background: "#14457a", foreground: WHITE },
  elo: { name: "Elo", initials: "elo", background: "#111111", foreground: "#ffcb05" },
  mir: { name: "Mir", initials: "MIR", background: "#0f6e4c", foreground: WHITE },
  hiper: { name: "Hiper", initials: "HIPER", background: "#c2410c", foreground: WHITE },
  hipercard: { name: "Hipercard", initials: "HC", background: "#a3151d", foreground: WHITE },
  naranja: { name: "Naranja", initials: "NAR", background: "#c2410c", foreground: WHITE },
  verve: { name: "Verve", initials: "VERVE", background: "#00425f", foreground: WHITE },
  troy: { name: "Troy", initials: "TROY", background: "#00727a", foreground: WHITE },
};

/** One value per mark, made by `make` (a literal, so the compiler checks no brand is missing). */
function eachMark<T>(make: (id: BrandMarkId) => T): Readonly<Record<BrandMarkId, T>> {
  return {
    generic: make("generic"),
    visa: make("visa"),
    mastercard: make("mastercard"),
    "american-express": make("american-express"),
    "diners-club": make("diners-club"),
    discover: make("discover"),
    jcb: make("jcb"),
    unionpay: make("unionpay"),
    maestro: make("maestro"),
    elo: make("elo"),
    mir: make("mir"),
    hiper: make("hiper"),
    hipercard: make("hipercard"),
    naranja: make("naranja"),
    verve: make("verve"),
    troy: make("troy"),
  };
}

/** Font sizes by the initials' length: longer initials, smaller letters, same width. */
const FONT_SIZE_BY_LENGTH = [11, 11, 11, 10, 9, 7.5];

/** The generic mark: an outlined card with a stripe, for a number whose brand is unknown yet. */
function genericShapes({ background, foreground }: MarkStyle): SvgShape[] {
  const card = { x: "0.5", y: "0.5", width: "39", height: "25", rx: "4" };
  return [
    { tag: "rect", attributes: { ...card, fill: background, stroke: foreground } },
    { tag: "rect", attributes: { x: "0.5", y: "6", width: "39", height: "4", fill: foreground } },
    {
      tag: "rect",
      attributes: { x: "5", y: "16", width: "12", height: "3", rx: "1.5", fill: foreground },
    },
  ];
}

/** The shapes of `id`'s mark. */
function markShapes(id: BrandMarkId): SvgShape[] {
  const style = STYLES[id];
  if (style.initials === "") return genericShapes(style);
  const size = FONT_SIZE_BY_LENGTH[style.initials.length] ?? FONT_SIZE_BY_LENGTH.at(-1);
  return [
    {
      tag: "rect",
      attributes: { x: "0", y: "0", width: "40", height: "26", rx: "4", fill: style.background },
    },
    {
      tag: "text",
      attributes: {
        x: "20",
        y: "17",
        "text-anchor": "middle",
        "font-family": "system-ui, 'DejaVu Sans', Arial, sans-serif",
        "font-size": `${size}`,
        "font-weight": "700",
        fill: style.foreground,
      },
      text: style.initials,
    },
  ];
}

/** The name a mark stands for ("Visa", "Card" for the generic one). */
export function brandMarkName(id: BrandMarkId): string {
  return STYLES[id].name;
}

/**
 * Each mark as SVG markup with a `<title>`, for a merchant who places it (an `<img>` of a file,
 * a server-rendered page). Inserting it as HTML needs a Trusted Types policy under a strict CSP:
 * {@link createBrandMark} builds the same picture with DOM APIs instead.
 * @example
 * import { BRAND_MARK_SVGS } from "@cardward/dom/brand-marks";
 * writeFileSync("public/visa.svg", BRAND_MARK_SVGS.visa);
 */
export const BRAND_MARK_SVGS: Readonly<Record<BrandMarkId, string>> = eachMark((id) =>
  svgMarkup(BRAND_MARK_VIEWBOX, markShapes(id), brandMarkName(id)),
);

/**
 * Builds `id`'s mark (`null`: the generic card) as an `<svg>` element in `doc`, with
 * `createElementNS` only: allowed under a strict CSP with Trusted Types. It is `aria-hidden`; say
 * the brand in text if it matters.
 * @example
 * card.subscribe(({ brand }) => slot.replaceChildren(createBrandMark(document, brand)));
 */
export function createBrandMark(doc: Document, id: BrandMarkId | null): SVGElement {
  const svg = createSvg(doc, BRAND_MARK_VIEWBOX, markShapes(id ?? "generic"));
  svg.setAttribute("data-card-brand", id ?? "generic");
  return svg;
}
