import type { Brand, Locale } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";
import { CARD_FACE_VIEWBOX, cardFaceShapes } from "./card-face";
import { type CvcHintTexts, cvcHintText } from "./cvc-hint-text";
import { findElement } from "./resolve-fields";
import { createSvg } from "./svg-element";
import type { CvcHintOptions } from "./types";

/** The hint under the security code, following the brand and the locale. */
export interface CvcHint {
  /** Draws the hint for `brand` in `locale` (does nothing when neither changed). */
  update(brand: Brand | null, locale: Locale): void;
  /** Takes the hint away: the created element removed, or the merchant's content put back. */
  remove(): void;
}

/** The class of the element the hint creates when none is given. */
export const CVC_HINT_CLASS = "cardward-hint";

/** What the hint shows while no brand is known: a three-digit code on the back. */
const UNKNOWN = { name: "CVC", size: 3 } as const;

let nextId = 0;

/** The hint as the options resolve it: what to draw into, and the merchant's words. */
export interface ResolvedCvcHint {
  /** The merchant's element, or undefined to create one after the input. */
  readonly element: Element | undefined;
  readonly text: CvcHintTexts | undefined;
}

/**
 * Reads the `cvcHint` option before anything is mounted: null when it is absent or `false`; a
 * missing element throws `element_not_found`. Only the option's own properties count.
 */
export function resolveCvcHint(
  option: boolean | CvcHintOptions | undefined,
  root: ParentNode,
): ResolvedCvcHint | null {
  if (option === undefined || option === false) return null;
  if (option === true) return { element: undefined, text: undefined };
  const target = Object.hasOwn(option, "element") ? option.element : undefined;
  return {
    element: target === undefined ? undefined : findElement(target, root, "cvc hint"),
    text: Object.hasOwn(option, "text") ? option.text : undefined,
  };
}

/** A created `<span class="cardward-hint">` right after `input`. */
function createdElement(input: HTMLInputElement): Element {
  const created = input.ownerDocument.createElement("span");
  created.className = CVC_HINT_CLASS;
  input.after(created);
  return created;
}

/** A `<span>` of `className` holding `text`. */
function line(doc: Document, className: string, text: string): HTMLSpanElement {
  const span = doc.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * Creates the hint for the CVC `input`: where the code is for the brand, drawn as the card's back
 * or front, and that it is only ever asked for in this form. It is tied to the input by
 * `aria-describedby` (appended to the ids already there; the journal restores them), so a screen
 * reader reads it with the field, once, and not as a live region on every keystroke. Built with
 * DOM APIs only (no markup parsed, no `style` attribute).
 */
export function createCvcHint(
  input: HTMLInputElement,
  resolved: ResolvedCvcHint,
  set: SetAttribute,
): CvcHint {
  const element = resolved.element ?? createdElement(input);
  const doc = input.ownerDocument;
  const original = Array.from(element.childNodes);
  if (!element.id) set(element, "id", `cardward-cvc-hint-${++nextId}`);
  const ids = input.getAttribute("aria-describedby");
  if (!ids?.split(/\s+/).includes(element.id)) {
    set(input, "aria-describedby", `${ids ?? ""} ${element.id}`.trim());
  }
  let drawn = "";
  return {
    update(brand, locale) {
      const { name, size } = brand?.code ?? UNKNOWN;
      const front = brand?.id === "american-express";
      const key = `${locale.tag}|${name}|${size}|${front}`;
      if (key === drawn) return;
      drawn = key;
      const text = cvcHintText(locale.tag, resolved.text);
      element.replaceChildren(
        createSvg(doc, CARD_FACE_VIEWBOX, cardFaceShapes(front, size)),
        line(doc, "cardward-hint-where", text.where({ name, size, front })),
        line(doc, "cardward-hint-warning", text.warning),
      );
      set(element, "data-card-side", front ? "front" : "back");
    },
    remove() {
      if (resolved.element) element.replaceChildren(...original);
      else element.remove();
    },
  };
}
