import type { CardField } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";
import type { BoundElement } from "./resolve-fields";
import type { CardwardWarning } from "./types";

/** Reports a diagnostic to the merchant's `onWarning`. */
export type Warn = (warning: CardwardWarning) => void;

/** The name guard's two-step teardown, around the attribute journal's restore. */
export interface NameGuard {
  /** Takes pending `name` changes into account and stops observing. */
  stop(): void;
  /** Puts each input's latest merchant `name` back (after the journal restored the rest). */
  putBack(): void;
}

/**
 * Takes `name` off the number, expiry and CVC inputs while mounted (so a native submit cannot
 * post them), and again whenever a framework sets it back (observed, so after a microtask); warns
 * `name_removed` once per input. With `keepNames`, names stay and `name_kept` is reported.
 */
export function guardNames(
  bound: readonly BoundElement[],
  set: SetAttribute,
  warn: Warn,
  keepNames: boolean,
): NameGuard {
  const names = new Map<Element, string>();
  const guarded = new Map<Node, BoundElement>();
  const drop = (element: Element, field: CardField) => {
    const name = element.getAttribute("name");
    if (name === null) return;
    if (!names.has(element)) warn({ code: "name_removed", field });
    names.set(element, name);
    set(element, "name", null);
  };
  const changed = (changes: readonly MutationRecord[]) => {
    for (const { target } of changes) {
      const entry = guarded.get(target);
      if (entry) drop(entry.element, entry.field);
    }
  };
  // The observer comes from the inputs' own realm (an iframe's, a test environment's window), as
  // a global one cannot observe nodes of another realm and may not exist there at all.
  const view = bound[0]?.element.ownerDocument.defaultView;
  const Observer = (view ?? globalThis).MutationObserver;
  const observer = Observer ? new Observer(changed) : undefined;
  for (const entry of bound) {
    const { field, element } = entry;
    // Card data proper: the name and postal code keep their `name`.
    if (field === "name" || field === "postalCode") continue;
    if (keepNames) {
      if (element.hasAttribute("name")) warn({ code: "name_kept", field });
      continue;
    }
    guarded.set(element, entry);
    drop(element, field);
    observer?.observe(element, { attributeFilter: ["name"] });
  }
  return {
    stop() {
      changed(observer?.takeRecords() ?? []);
      observer?.disconnect();
    },
    putBack() {
      for (const [element, name] of names) element.setAttribute("name", name);
    },
  };
}
