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

const NUMERIC: AttributeEntry = ["inputmode", "numeric"];

/** The part of a card a bound element holds. */
export type FieldPart = "number" | "expiry" | "month" | "year" | "cvc" | "name" | "postalCode";

/** Each part's `autocomplete` token and whether digits are typed into it. */
const PARTS: Readonly<Record<FieldPart, readonly [autocomplete: string, numeric: boolean]>> = {
  number: ["cc-number", true],
  expiry: ["cc-exp", true],
  month: ["cc-exp-month", true],
  year: ["cc-exp-year", true],
  cvc: ["cc-csc", true],
  name: ["cc-name", false],
  postalCode: ["postal-code", false],
};

/** Parts whose `name` attribute is removed while mounted. */
export const NAMELESS_PARTS: ReadonlySet<FieldPart> = new Set([
  "number",
  "expiry",
  "month",
  "year",
  "cvc",
]);

/** The attributes for one element: its autocomplete token, typing hints and privacy markers. */
export function fieldAttributes(part: FieldPart, isSelect: boolean): AttributeEntry[] {
  const [autocomplete, numeric] = PARTS[part];
  const entries: AttributeEntry[] = [["autocomplete", autocomplete], ...PRIVACY_MARKERS];
  if (!isSelect) entries.push(...TEXT);
  if (numeric && !isSelect) entries.push(NUMERIC);
  return entries;
}
