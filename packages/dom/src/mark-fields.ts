import type { SetAttribute } from "./attribute-journal";
import { fieldAttributes } from "./field-attributes";
import type { BoundElement } from "./resolve-fields";

/**
 * Gives every bound element its `autocomplete` token, the privacy markers and, for text inputs,
 * the typing hints: card data proper (number, expiry, CVC) is typed as digits.
 */
export function markFields(bound: readonly BoundElement[], set: SetAttribute): void {
  for (const { field, token, element } of bound) {
    const digits = field !== "name" && field !== "postalCode";
    for (const [name, value] of fieldAttributes(token, element.localName === "select", digits)) {
      set(element, name, value);
    }
  }
}
