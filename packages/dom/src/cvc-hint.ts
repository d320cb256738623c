// @cardward/dom/cvc-hint: the security-code hint, a separate entry so that pages without it do not
// download its pictures and texts.
import type { SetAttribute } from "./attribute-journal";
import { CARD_FACE_VIEWBOX, cardFaceShapes } from "./card-face";
import { type CvcHintTexts, cvcHintText } from "./cvc-hint-text";
import { findElement } from "./resolve-fields";
import { createSvg } from "./svg-element";
import type { CvcHint, CvcHintOptions, CvcHintSetup } from "./types";

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
 * Reads the hint's options before anything is mounted: a missing element throws
 * `element_not_found`. Only the options' own properties count.
 */
export function resolveCvcHint(option: CvcHintOptions, root: ParentNode): ResolvedCvcHint {
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

/**
 * The security-code hint for {@link MountOptions.cvcHint}: where the code is for the detected
 * brand (three digits on the back; four on the front for American Express, by the brand's own
 * term), a picture of that side of the card, and that the code is only ever asked for in this
 * form, never by chat, email or phone; in the locale in force (ten built in), tied to the CVC
 * input by `aria-describedby`, built with DOM APIs (strict CSP and Trusted Types allow it).
 * @example
 * import { cvcHint } from "@cardward/dom/cvc-hint";
 * mountCardFields(targets, {
 *   cvcHint: cvcHint({ element: "#cvc-hint", text: { en: { warning: "We never call for it." } } }),
 * });
 */
export function cvcHint(options: CvcHintOptions = {}): CvcHintSetup {
  return {
    prepare(root) {
      const resolved = resolveCvcHint(options, root);
      return (input, set) => createCvcHint(input, resolved, set);
    },
  };
}

export type { CvcCodePlace, CvcHintText, CvcHintTexts } from "./cvc-hint-text";
export { CVC_HINT_TEXTS } from "./cvc-hint-text";
export type { CvcHint, CvcHintOptions, CvcHintSetup } from "./types";
