import { type CardField, CardwardError } from "@cardward/core";
import type { FieldPart } from "./field-attributes";
import type { CardFieldTargets, ElementTarget } from "./types";

/** One element to bind: the card field it belongs to and the part it holds. */
export interface BoundElement {
  readonly field: CardField;
  readonly part: FieldPart;
  readonly element: HTMLInputElement | HTMLSelectElement;
}

/** Input types that can show a formatted, caret-addressable value. */
const TEXT_TYPES = new Set(["text", "tel", "search", "password"]);

/** Elements bound by a live controller, so a second controller cannot take them. */
const MOUNTED = new WeakSet<Element>();

/** Finds an element by reference or selector. */
export function findElement(target: ElementTarget, root: ParentNode, field: string): Element {
  let element: Element | null = null;
  try {
    element = typeof target === "string" ? root.querySelector(target) : target;
  } catch {
    // An invalid selector: reported as not found rather than as the browser's SyntaxError.
  }
  if (!element || typeof element !== "object" || element.nodeType !== 1) {
    throw new CardwardError("element_not_found", `No element was found for the ${field} field.`);
  }
  return element;
}

function check(element: Element, field: string, selectAllowed: boolean): BoundElement["element"] {
  const tag = element.localName;
  if (tag === "select" && selectAllowed) return element as HTMLSelectElement;
  if (tag !== "input" || !TEXT_TYPES.has((element as HTMLInputElement).type)) {
    throw new CardwardError(
      "element_not_input",
      `The ${field} field must be a text <input>${selectAllowed ? " or a <select>" : ""}.`,
    );
  }
  return element as HTMLInputElement;
}

/**
 * Resolves and checks every target before anything is changed, so bad configuration throws a
 * {@link CardwardError} and leaves the page untouched.
 */
export function resolveFields(targets: CardFieldTargets, root: ParentNode): BoundElement[] {
  if (!targets || typeof targets !== "object") {
    throw new CardwardError("invalid_option", "mountCardFields needs an object of fields.");
  }
  const bound: BoundElement[] = [];
  const add = (field: CardField, part: FieldPart, target: ElementTarget, select = false) => {
    const element = check(findElement(target, root, part), part, select);
    if (bound.some((b) => b.element === element)) {
      throw new CardwardError("element_reused", `The ${part} field's element is used twice.`);
    }
    if (MOUNTED.has(element)) {
      throw new CardwardError("already_mounted", `The ${part} field is already mounted.`);
    }
    bound.push({ field, part, element });
  };
  add("number", "number", targets.number);
  const { expiry } = targets;
  if (expiry && typeof expiry === "object" && "month" in expiry && "year" in expiry) {
    add("expiry", "month", expiry.month, true);
    add("expiry", "year", expiry.year, true);
  } else add("expiry", "expiry", expiry as ElementTarget);
  add("cvc", "cvc", targets.cvc);
  if (targets.name !== undefined) add("name", "name", targets.name);
  if (targets.postalCode !== undefined) add("postalCode", "postalCode", targets.postalCode);
  return bound;
}

/** Marks elements as mounted (or, with `false`, free again). */
export function markMounted(elements: readonly Element[], mounted: boolean): void {
  for (const element of elements) {
    if (mounted) MOUNTED.add(element);
    else MOUNTED.delete(element);
  }
}
