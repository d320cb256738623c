import {
  type CardField,
  CardwardError,
  type CardwardErrorCode,
  type IssueCode,
} from "@cardward/core";
import type { CardFieldTargets } from "./types";

/** A bound form control: a text input, or a split expiry's `<select>`. */
export type Control = HTMLInputElement | HTMLSelectElement;

/** One element to bind: the card field it belongs to and its `autocomplete` token. */
export interface BoundElement {
  readonly field: CardField;
  readonly token: string;
  readonly element: Control;
}

/** A split expiry's two controls. */
export interface SplitExpiry {
  readonly month: Control;
  readonly year: Control;
}

/** The elements of each field, checked, and every bound element in order. */
export interface ResolvedFields {
  readonly number: HTMLInputElement;
  readonly expiry: HTMLInputElement | SplitExpiry;
  readonly cvc: HTMLInputElement;
  readonly name: HTMLInputElement | undefined;
  readonly postalCode: HTMLInputElement | undefined;
  /** Number, expiry and CVC first, in this order, then name and postal code. */
  readonly bound: readonly BoundElement[];
}

/** Elements bound by a live controller, so a second controller cannot take them. */
export const MOUNTED = new WeakSet<Element>();

/**
 * Throws a {@link CardwardError}: the code is the contract; the message is the code and the field
 * concerned, never a value.
 */
export const fail = (
  code: CardwardErrorCode,
  field = "",
  fields?: Partial<Record<CardField, IssueCode[]>>,
): never => {
  throw new CardwardError(code, `${code} ${field}`.trim(), fields);
};

/** Finds an element by reference or selector (an invalid selector counts as not found). */
export function findElement(target: unknown, root: ParentNode, field: string): Element {
  let element: unknown;
  try {
    element = typeof target === "string" ? root.querySelector(target) : target;
  } catch {
    // An invalid selector: reported as not found rather than as the browser's SyntaxError.
  }
  return isElement(element) ? element : fail("element_not_found", field);
}

const isElement = (value: unknown): value is Element =>
  typeof value === "object" && value !== null && "nodeType" in value && value.nodeType === 1;

/** A text `<input>` (a type that shows a formatted, caret-addressable value). */
const isTextInput = (element: Element): element is HTMLInputElement =>
  element.localName === "input" &&
  "type" in element &&
  typeof element.type === "string" &&
  /^(text|tel|search|password)$/.test(element.type);

const isSelect = (element: Element): element is HTMLSelectElement => element.localName === "select";

/** A split expiry target: an object with a `month` (and a `year`). */
const isSplit = (target: unknown): target is { readonly month: unknown; readonly year: unknown } =>
  typeof target === "object" && target !== null && "month" in target && target.month !== undefined;

/**
 * Resolves and checks every target before anything is changed, so bad configuration throws a
 * {@link CardwardError} and leaves the page untouched. Fields must be text `<input>`s; a split
 * expiry may use `<select>`s too.
 */
export function resolveFields(targets: CardFieldTargets, root: ParentNode): ResolvedFields {
  if (!targets || typeof targets !== "object") fail("invalid_option", "targets");
  const bound: BoundElement[] = [];
  const claim = <E extends Control>(field: CardField, token: string, element: E): E => {
    if (bound.some((b) => b.element === element)) fail("element_reused", field);
    if (MOUNTED.has(element)) fail("already_mounted", field);
    bound.push({ field, token, element });
    return element;
  };
  const input = (field: CardField, target: unknown, token: string) => {
    const element = findElement(target, root, field);
    return isTextInput(element) ? claim(field, token, element) : fail("element_not_input", field);
  };
  const control = (target: unknown, token: string) => {
    const element = findElement(target, root, "expiry");
    return isSelect(element) ? claim("expiry", token, element) : input("expiry", element, token);
  };
  const own = <K extends keyof CardFieldTargets>(key: K) =>
    Object.hasOwn(targets, key) ? targets[key] : undefined;
  const number = input("number", own("number"), "cc-number");
  const given = own("expiry");
  const expiry = isSplit(given)
    ? { month: control(given.month, "cc-exp-month"), year: control(given.year, "cc-exp-year") }
    : input("expiry", given, "cc-exp");
  const cvc = input("cvc", own("cvc"), "cc-csc");
  const optional = (field: "name" | "postalCode", token: string) => {
    const target = own(field);
    return target === undefined ? undefined : input(field, target, token);
  };
  const name = optional("name", "cc-name");
  const postalCode = optional("postalCode", "postal-code");
  return { number, expiry, cvc, name, postalCode, bound };
}
