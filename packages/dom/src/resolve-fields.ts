import { type CardField, CardwardError, type IssueCode } from "@cardward/core";
import type { DomErrorCode } from "./errors";
import type { CardFieldTargets, ElementTarget, SplitExpiryTarget } from "./types";

/** One element to bind: the card field it belongs to and its `autocomplete` token. */
export interface BoundElement {
  readonly field: CardField;
  readonly token: string;
  readonly element: HTMLInputElement | HTMLSelectElement;
}

/** Elements bound by a live controller, so a second controller cannot take them. */
export const MOUNTED = new WeakSet<Element>();

/**
 * Throws a {@link CardwardError}: the code is the contract; the message is the code and the field
 * concerned, never a value.
 */
export const fail = (
  code: DomErrorCode,
  field = "",
  fields?: Partial<Record<CardField, IssueCode[]>>,
): never => {
  throw new CardwardError(code, `${code} ${field}`.trim(), fields ? { fields } : {});
};

/** Finds an element by reference or selector (an invalid selector counts as not found). */
export function findElement(target: ElementTarget, root: ParentNode, field: string): Element {
  let element: Element | null | undefined;
  try {
    element = typeof target === "string" ? root.querySelector(target) : target;
  } catch {
    // An invalid selector: reported as not found rather than as the browser's SyntaxError.
  }
  return element?.nodeType === 1 ? element : fail("element_not_found", field);
}

/**
 * Resolves and checks every target before anything is changed, so bad configuration throws a
 * {@link CardwardError} and leaves the page untouched. Fields must be text `<input>`s (types that
 * show a formatted, caret-addressable value); a split expiry may use `<select>`s too.
 */
export function resolveFields(targets: CardFieldTargets, root: ParentNode): BoundElement[] {
  if (!targets || typeof targets !== "object") fail("invalid_option", "targets");
  const bound: BoundElement[] = [];
  const add = (
    field: CardField,
    target: ElementTarget | undefined,
    token: string,
    select = false,
  ) => {
    const element = findElement(target as ElementTarget, root, field) as HTMLInputElement;
    if (
      !(select && element.localName === "select") &&
      (element.localName !== "input" || !/^(text|tel|search|password)$/.test(element.type))
    ) {
      fail("element_not_input", field);
    }
    if (bound.some((b) => b.element === element)) fail("element_reused", field);
    if (MOUNTED.has(element)) fail("already_mounted", field);
    bound.push({ field, token, element });
  };
  const { number, expiry, cvc, name, postalCode } = targets;
  add("number", number, "cc-number");
  const split = expiry as Partial<SplitExpiryTarget> | undefined;
  if (split?.month !== undefined) {
    add("expiry", split.month, "cc-exp-month", true);
    add("expiry", split.year, "cc-exp-year", true);
  } else add("expiry", expiry as ElementTarget, "cc-exp");
  add("cvc", cvc, "cc-csc");
  if (name !== undefined) add("name", name, "cc-name");
  if (postalCode !== undefined) add("postalCode", postalCode, "postal-code");
  return bound;
}
