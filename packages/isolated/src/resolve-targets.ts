import type { CardField } from "@cardward/core";
import { ORIGIN_PATTERN } from "@cardward/frame/protocol";
import { IsolatedFieldsError } from "./errors";
import type { ContainerTarget, IsolatedFieldTargets } from "./types";

/** The fields in the order their frames are created (the number, the leader, first). */
export const FIELD_ORDER: readonly CardField[] = ["number", "expiry", "cvc", "name", "postalCode"];

/** Finds a container by reference or selector, or throws `element_not_found`. */
function findContainer(target: ContainerTarget, root: ParentNode): Element {
  let element: Element | null = null;
  if (typeof target !== "string") element = target;
  else if (target.trim()) {
    try {
      element = root.querySelector(target);
    } catch {
      // An invalid selector counts as not found.
    }
  }
  if (element?.nodeType !== 1) throw new IsolatedFieldsError("element_not_found");
  return element;
}

/**
 * Checks the frame origin (an exact origin, as `URL` spells it) and finds every container;
 * throws an `IsolatedFieldsError` before anything is created.
 */
export function resolveTargets(
  targets: IsolatedFieldTargets,
  root: ParentNode,
): { frameOrigin: string; containers: [CardField, Element][]; doc: Document } {
  const { frameOrigin } = targets;
  const canonical = URL.canParse(frameOrigin) ? new URL(frameOrigin).origin : "";
  if (canonical !== frameOrigin || !ORIGIN_PATTERN.test(frameOrigin)) {
    throw new IsolatedFieldsError("invalid_option");
  }
  const number = findContainer(targets.number, root);
  const containers: [CardField, Element][] = [];
  for (const field of FIELD_ORDER) {
    const target = targets[field];
    if (target === undefined && (field === "name" || field === "postalCode")) continue;
    containers.push([field, findContainer(target ?? "", root)]);
  }
  if (new Set(containers.map(([, element]) => element)).size !== containers.length) {
    throw new IsolatedFieldsError("invalid_option");
  }
  return { frameOrigin, containers, doc: number.ownerDocument };
}
