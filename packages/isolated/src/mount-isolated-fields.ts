import { type BrandId, type CardField, en } from "@cardward/core";
import {
  type CardSummary,
  type FrameFieldState,
  type FrameSettings,
  filterStyle,
} from "@cardward/frame/protocol";
import { IsolatedFieldsError } from "./errors";
import { INITIAL_SNAPSHOT, snapshotOf, stateClasses } from "./field-snapshot";
import { adoptFrameSheet, createFrameElement } from "./frame-element";
import { createPageChannel, type PageChannel, randomId } from "./page-channel";
import { resolveTargets } from "./resolve-targets";
import type {
  IsolatedFieldSnapshot,
  IsolatedFieldsController,
  IsolatedFieldsState,
  IsolatedFieldTargets,
  IsolatedMountOptions,
  IsolatedSettings,
} from "./types";

/** One mounted field on the page side. */
interface FieldRecord {
  readonly field: CardField;
  readonly container: Element;
  readonly iframe: HTMLIFrameElement;
  readonly channel: PageChannel;
  readonly labels: readonly HTMLLabelElement[];
  snapshot: IsolatedFieldSnapshot;
  ready: boolean;
}

/** The `<label for>` elements of a container (a page label that should focus the frame). */
function labelsOf(container: Element): HTMLLabelElement[] {
  if (!container.id) return [];
  return Array.from(container.ownerDocument.querySelectorAll("label")).filter(
    (label) => label.htmlFor === container.id,
  );
}

/** The settings one frame gets: its label and placeholder, the shared options, the style. */
function frameSettings(
  field: CardField,
  settings: IsolatedSettings,
  labels: readonly HTMLLabelElement[],
): FrameSettings {
  const text = labels
    .map((label) => label.textContent?.trim() ?? "")
    .join(" ")
    .trim();
  const label = settings.labels?.[field] ?? (text || en.fields[field]);
  const placeholder = settings.placeholders?.[field];
  return {
    label,
    ...(placeholder === undefined ? {} : { placeholder }),
    ...(settings.locale ? { locale: settings.locale } : {}),
    ...(settings.acceptedBrands ? { acceptedBrands: settings.acceptedBrands } : {}),
    ...(settings.style ? { style: filterStyle(settings.style).style } : {}),
    ...(field === "number" && settings.bin ? { bin: true } : {}),
  };
}

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
  let settings: IsolatedSettings = options;
  reportStyle(settings);
  if (!view.isSecureContext) settings.onWarning?.({ code: "insecure_context" });
  const group = randomId(view.crypto);
  const listeners = new Set<(state: IsolatedFieldsState) => void>();
  const abort = new AbortController();
  const release = adoptFrameSheet(doc);
  let destroyed = false;
  let state: IsolatedFieldsState;
  let brand: BrandId | null = null;
  let candidates: readonly BrandId[] = [];
  let bin: string | undefined;
  let settle: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  ready.catch(() => {});

  const records: FieldRecord[] = containers.map(([field, container]) => {
    const labels = labelsOf(container);
    const initial = frameSettings(field, settings, labels);
    const title = options.titles?.[field] ?? initial.label;
    const iframe = createFrameElement(container, frameOrigin, field, title);
    const record: FieldRecord = {
      field,
      container,
      iframe,
      labels,
      snapshot: INITIAL_SNAPSHOT,
      ready: false,
      channel: createPageChannel({
        frameOrigin,
        field,
        group,
        settings: initial,
        crypto: view.crypto,
        MessageChannel: view.MessageChannel,
        onReady() {
          record.ready = true;
          if (records.every((r) => r.ready)) settle.resolve();
          publish();
        },
        onState(next) {
          record.snapshot = snapshotOf(next);
          if (field === "number") updateNumber(next);
          publish();
        },
        onWarning(warning) {
          if (field === "number" && warning.code === "bin_not_allowed") {
            settings.onWarning?.({ code: "bin_not_allowed" });
          }
        },
        onFailure(reason) {
          settings.onWarning?.({ code: "frame_failed", field, reason });
          settle.reject(new IsolatedFieldsError(reason));
        },
      }),
    };
    iframe.addEventListener("load", () => record.channel.init(iframe.contentWindow as Window), {
      once: true,
      signal: abort.signal,
    });
    for (const label of labels) {
      label.addEventListener(
        "click",
        (event) => {
          event.preventDefault();
          focus(field);
        },
        { signal: abort.signal },
      );
    }
    return record;
  });

  function updateNumber(next: FrameFieldState): void {
    const nextBrand = next.brand ?? null;
    candidates = next.candidates ?? [];
    bin = next.bin;
    if (nextBrand === brand) return;
    brand = nextBrand;
    settings.onBrandChange?.(brand);
  }

  function publish(): void {
    const next: Record<string, unknown> = {};
    for (const r of records) {
      next[r.field] = r.snapshot;
      for (const [name, on] of Object.entries(stateClasses(r.snapshot))) {
        r.container.classList.toggle(name, on);
      }
    }
    state = Object.assign(next, {
      brand,
      candidates,
      ...(bin ? { bin } : {}),
      ready: records.every((r) => r.ready),
      isValid: records.every((r) => r.snapshot.isValid),
    }) as unknown as IsolatedFieldsState;
    for (const listener of [...listeners]) listener(state);
  }

  function reportStyle(next: IsolatedSettings): void {
    for (const rejected of filterStyle(next.style ?? {}).rejected) {
      next.onWarning?.({ code: "style_rejected", ...rejected });
    }
  }

  const alive = () => {
    if (destroyed) throw new IsolatedFieldsError("destroyed");
  };
  function focus(field: CardField): void {
    alive();
    const record = records.find((r) => r.field === field);
    // Focus the iframe element first: a cross-origin frame may only take focus while focused.
    record?.iframe.focus();
    record?.channel.send("focus", {});
  }

  publish();
  return {
    getState: () => state,
    subscribe(listener) {
      if (!destroyed) listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    validate() {
      alive();
      for (const r of records) r.channel.send("validate", {});
      return state.isValid;
    },
    submit: (submitOptions = {}) => submit(records, alive, submitOptions.captureContext),
    clear() {
      alive();
      for (const r of records) r.channel.send("clear", {});
    },
    focus,
    setOptions(next) {
      alive();
      settings = { ...settings, ...next };
      reportStyle(next);
      for (const r of records) {
        r.channel.send("update", { settings: frameSettings(r.field, settings, r.labels) });
      }
    },
    ready,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      abort.abort();
      for (const r of records) {
        r.channel.send("destroy", {});
        r.channel.close();
        r.iframe.remove();
        for (const name of Object.keys(stateClasses(INITIAL_SNAPSHOT))) {
          r.container.classList.remove(name);
        }
      }
      release();
      listeners.clear();
    },
  };
}

/** Asks the number frame to encrypt the card; rejects with the frame's error code. */
async function submit(
  records: readonly FieldRecord[],
  alive: () => void,
  captureContext: string | undefined,
): Promise<{ ciphertext: string; card: CardSummary }> {
  alive();
  const leader = records[0] as FieldRecord;
  if (!records.every((r) => r.ready)) throw new IsolatedFieldsError("not_ready");
  const result = await leader.channel.submit({
    fields: records.map((r) => r.field),
    ...(captureContext === undefined ? {} : { captureContext }),
  });
  if (result.ciphertext && result.card) return { ciphertext: result.ciphertext, card: result.card };
  throw new IsolatedFieldsError(result.error ?? "encryption_failed", result.fields ?? {});
}
