// One mounted field on the page side, and what its frame is told: its label (the page's own
// `<label for>` text unless the settings name one), its placeholder and the shared settings.
import { type CardField, en } from "@cardward/core";
import { type FrameSettings, filterStyle } from "@cardward/frame/protocol";
import type { PageChannel } from "./page-channel";
import type { IsolatedFieldSnapshot, IsolatedSettings } from "./types";

/** One mounted field on the page side. */
export interface FieldRecord {
  readonly field: CardField;
  readonly container: Element;
  readonly iframe: HTMLIFrameElement;
  readonly channel: PageChannel;
  readonly labels: readonly HTMLLabelElement[];
  snapshot: IsolatedFieldSnapshot;
  ready: boolean;
}

/** The page's settings as they are now (`setOptions` replaces them). */
export interface LiveSettings {
  current: IsolatedSettings;
}

/** The `<label for>` elements of a container (a page label that should focus the frame). */
export function labelsOf(container: Element): HTMLLabelElement[] {
  if (!container.id) return [];
  return Array.from(container.ownerDocument.querySelectorAll("label")).filter(
    (label) => label.htmlFor === container.id,
  );
}

/** The settings one frame gets: its label and placeholder, the shared options, the style. */
export function frameSettings(
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

/** Warns about each style entry the filter drops (the frame filters again on its side). */
export function reportStyle(settings: IsolatedSettings): void {
  for (const rejected of filterStyle(settings.style ?? {}).rejected) {
    settings.onWarning?.({ code: "style_rejected", ...rejected });
  }
}

/** Whether every frame answered its handshake. */
export const allReady = (records: readonly FieldRecord[]): boolean =>
  records.every((record) => record.ready);
