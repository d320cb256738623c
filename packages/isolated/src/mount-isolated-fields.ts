// mountIsolatedFields, the composition root of the page's SDK: each part lives in its own module.
import { createController, createFocus, createLifecycle } from "./controller-api";
import { allReady, type FieldRecord, type LiveSettings, reportStyle } from "./field-record";
import { adoptFrameSheet } from "./frame-element";
import { mountField } from "./mount-field";
import { randomId } from "./page-channel";
import { createReadySignal } from "./ready-signal";
import { resolveTargets } from "./resolve-targets";
import { createStateStore } from "./state-store";
import type { IsolatedFieldsController, IsolatedFieldTargets, IsolatedMountOptions } from "./types";

/**
 * Mounts card fields isolated in cross-origin iframes: one frame per field on `frameOrigin`,
 * placed in the merchant's containers. The page receives state only; `submit()` returns the card
 * encrypted in the frames, never its digits. Throws an `IsolatedFieldsError` (and creates
 * nothing) when a container is missing or the frame origin is not an exact origin.
 *
 * @example
 * const card = mountIsolatedFields(
 *   { frameOrigin: "https://pay.shop.example", number: "#number", expiry: "#expiry", cvc: "#cvc" },
 *   { style: { base: { color: "#222", fontSize: "16px" } } },
 * );
 * const { ciphertext, card: { brand, last4 } } = await card.submit();
 */
export function mountIsolatedFields(
  targets: IsolatedFieldTargets,
  options: IsolatedMountOptions = {},
): IsolatedFieldsController {
  const root = options.root ?? document;
  const { frameOrigin, containers, doc } = resolveTargets(targets, root);
  const view = doc.defaultView as Window & typeof globalThis;
  const settings: LiveSettings = { current: options };
  reportStyle(options);
  if (!view.isSecureContext) options.onWarning?.({ code: "insecure_context" });
  const records: FieldRecord[] = [];
  const store = createStateStore(records, settings);
  const ready = createReadySignal();
  const lifecycle = createLifecycle();
  const focus = createFocus(records, lifecycle);
  const release = adoptFrameSheet(doc);
  const context = {
    frameOrigin,
    group: randomId(view.crypto),
    view,
    titles: options.titles,
    settings,
    store,
    ready,
    allReady: () => allReady(records),
    focus,
    signal: lifecycle.signal,
  };
  for (const [field, container] of containers) {
    records.push(mountField(field, container, context));
  }
  store.publish();
  return createController({
    records,
    store,
    settings,
    lifecycle,
    focus,
    ready: ready.promise,
    release,
  });
}
