/**
 * Everything the binding sets on a card field while mounted, as data. Each entry is an attribute
 * `[name, value]`, or a class `["class", token]`. All of it is restored on destroy.
 */
export type AttributeEntry = readonly [name: string, value: string];

/**
 * Markers that session-replay, analytics and writing tools read to leave a field alone. One row
 * per tool; add a tool here and every field gets it.
 */
export const PRIVACY_MARKERS: readonly AttributeEntry[] = [
  ["data-hj-suppress", ""], // Hotjar
  ["class", "fs-exclude"], // FullStory
  ["data-private", ""], // LogRocket
  ["data-clarity-mask", "true"], // Microsoft Clarity
  ["data-dd-privacy", "mask"], // Datadog RUM session replay
  ["class", "sentry-mask"], // Sentry Replay
  ["class", "ph-no-capture"], // PostHog
  ["data-heap-redact-text", ""], // Heap
  ["data-mf-replace", "***"], // Mouseflow
  ["data-gramm", "false"], // Grammarly
  ["data-gramm_editor", "false"], // Grammarly
  ["data-enable-grammarly", "false"], // Grammarly
];

/** Attributes for text inputs: no spell check, correction or capitalization of card data. */
const TEXT: readonly AttributeEntry[] = [
  ["spellcheck", "false"],
  ["autocorrect", "off"],
  ["autocapitalize", "off"],
];

/**
 * The attributes for one element: its `autocomplete` token, the privacy markers and, for a text
 * input, the typing hints (`inputmode="numeric"` when digits are typed into it).
 */
export function fieldAttributes(
  autocomplete: string,
  isSelect: boolean,
  numeric: boolean,
): AttributeEntry[] {
  return [
    ["autocomplete", autocomplete],
    ...PRIVACY_MARKERS,
    ...(isSelect ? [] : numeric ? [...TEXT, ["inputmode", "numeric"] as const] : TEXT),
  ];
}
