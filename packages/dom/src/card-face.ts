import type { SvgShape } from "./svg-element";

/** The card picture's coordinate box: a card's 85.6 × 54 mm shape at 48 × 30 units. */
export const CARD_FACE_VIEWBOX = "0 0 48 30";

const CARD: SvgShape = {
  tag: "rect",
  attributes: {
    class: "cardward-hint-card",
    x: "1",
    y: "1",
    width: "46",
    height: "28",
    rx: "3",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "1.5",
  },
};

/** A filled bar (the magnetic stripe, the signature strip, the number line, the chip). */
const bar = (x: number, y: number, width: number, height: number, opacity: string): SvgShape => ({
  tag: "rect",
  attributes: {
    x: `${x}`,
    y: `${y}`,
    width: `${width}`,
    height: `${height}`,
    rx: "1",
    fill: "currentColor",
    "fill-opacity": opacity,
  },
});

/** Where the code's box sits on each side, and how wide one digit's dot step is. */
const CODE_BOX = { back: { x: 31, y: 13 }, front: { x: 31, y: 4 }, height: 7, step: 3.5 };

/** The highlighted box around the code, one dot per digit. */
function codeBox(front: boolean, size: number): SvgShape[] {
  const { x, y } = front ? CODE_BOX.front : CODE_BOX.back;
  const width = size * CODE_BOX.step + CODE_BOX.step;
  const box: SvgShape = {
    tag: "rect",
    attributes: {
      class: "cardward-hint-code",
      x: `${x}`,
      y: `${y}`,
      width: `${width}`,
      height: `${CODE_BOX.height}`,
      rx: "1.5",
      fill: "none",
      stroke: "#d92d20",
      "stroke-width": "1.5",
    },
  };
  const dots = Array.from({ length: size }, (_, i) => ({
    tag: "circle",
    attributes: {
      cx: `${x + CODE_BOX.step * (i + 1)}`,
      cy: `${y + CODE_BOX.height / 2}`,
      r: "1",
      fill: "currentColor",
    },
  }));
  return [box, ...dots];
}

/**
 * The card as the hint draws it: its back (stripe, signature strip, the code beside it) or its
 * front (chip, number, the code above it, as American Express prints it), with one dot per digit.
 */
export function cardFaceShapes(front: boolean, size: number): SvgShape[] {
  const side = front
    ? [bar(5, 12, 7, 5, "0.5"), bar(5, 21, 30, 3, "0.35")]
    : [bar(1, 5, 46, 5, "0.75"), bar(5, 14, 24, 5, "0.2")];
  return [CARD, ...side, ...codeBox(front, size)];
}
