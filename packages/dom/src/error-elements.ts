import type { CardField } from "@cardward/core";
import { findElement } from "./resolve-fields";
import type { MountOptions } from "./types";

/**
 * Where each field's error message goes: the merchant's element, `null` for none at all (the
 * merchant renders messages), or `undefined` for one created by the binding.
 */
export type ErrorElements = (field: CardField) => Element | null | undefined;

const FIELDS: readonly CardField[] = ["number", "expiry", "cvc", "name", "postalCode"];

/**
 * Resolves the `errorElements` option before anything is mounted (a missing element throws
 * `element_not_found`). Only the option's own properties count.
 */
export function resolveErrorElements(
  option: MountOptions["errorElements"] | undefined,
  root: ParentNode,
): ErrorElements {
  if (option === false) return () => null;
  const provided = new Map<CardField, Element | null>();
  for (const field of FIELDS) {
    const target = option && Object.hasOwn(option, field) ? option[field] : undefined;
    if (target) provided.set(field, findElement(target, root, `${field} error`));
    else if (target === false) provided.set(field, null);
  }
  return (field) => provided.get(field);
}
