// Styling the inputs inside the frames: an allowlist of text properties in fixed variants, and
// values filtered so that no style can load anything, escape its declaration or run code.
// Borders, backgrounds and layout belong to the merchant's container element, not here.

/** The states a style applies in: always, focused, invalid, complete, and the placeholder. */
export const STYLE_VARIANTS = ["base", "focus", "invalid", "complete", "placeholder"] as const;

/** One of {@link STYLE_VARIANTS}. */
export type StyleVariant = (typeof STYLE_VARIANTS)[number];

/** The CSS properties a merchant may set, by their camelCase names. */
export const STYLE_PROPERTIES = {
  color: "color",
  caretColor: "caret-color",
  fontFamily: "font-family",
  fontSize: "font-size",
  fontStyle: "font-style",
  fontVariant: "font-variant",
  fontWeight: "font-weight",
  letterSpacing: "letter-spacing",
  lineHeight: "line-height",
  padding: "padding",
  textAlign: "text-align",
  textShadow: "text-shadow",
  textTransform: "text-transform",
  opacity: "opacity",
} as const;

/** A property a merchant may set. */
export type StyleProperty = keyof typeof STYLE_PROPERTIES;

/** Properties per variant. */
export type StyleRules = Partial<Record<StyleProperty, string>>;

/** Styles for each variant. */
export type FieldStyle = Partial<Record<StyleVariant, StyleRules>>;

/** Why a style entry was dropped. */
export type StyleRejection =
  | "unknown_variant"
  | "unknown_property"
  | "unsafe_value"
  | "font_not_allowed";

/** A dropped entry: where it was and why (never its value). */
export interface RejectedStyle {
  readonly variant: string;
  readonly property?: string;
  readonly reason: StyleRejection;
}

/** The longest value accepted. */
const MAX_VALUE_LENGTH = 120;

/**
 * What no value may contain: anything that loads a resource (`url(`, `image-set(`, `image(`,
 * `src(`), starts an at-rule (`@`), escapes a character (`\`, which is how `\75 rl(` spells
 * `url(`), ends a declaration or block (`;`, braces), opens a comment, or is an old script hook
 * (`expression`, `javascript:`, `-moz-binding`, `behavior`). Case-insensitive.
 */
const UNSAFE =
  /url\(|attr\(|image-set\(|image\(|src\(|cross-fade\(|element\(|@|\\|;|[{}<>]|\/\*|expression|javascript:|binding|behavior/i;

/** Generic families every font list may use. */
const GENERIC_FONTS = [
  "serif",
  "sans-serif",
  "monospace",
  "cursive",
  "system-ui",
  "ui-sans-serif",
  "ui-serif",
  "ui-monospace",
  "ui-rounded",
  "inherit",
];

/** Fonts found on most systems, allowed without configuration. */
const SYSTEM_FONTS = [
  "arial",
  "helvetica",
  "helvetica neue",
  "segoe ui",
  "roboto",
  "georgia",
  "times new roman",
  "courier new",
  "menlo",
  "consolas",
  "-apple-system",
  "blinkmacsystemfont",
];

/** Whether every family in a `font-family` list is generic, a system font or in `extra`. */
function fontsAllowed(value: string, extra: readonly string[]): boolean {
  const allowed = new Set([
    ...GENERIC_FONTS,
    ...SYSTEM_FONTS,
    ...extra.map((f) => f.toLowerCase()),
  ]);
  return value
    .split(",")
    .map((family) =>
      family
        .trim()
        .replace(/^["']|["']$/g, "")
        .toLowerCase(),
    )
    .every((family) => allowed.has(family));
}

/** The result of {@link filterStyle}: what is kept, and what was dropped and why. */
export interface FilteredStyle {
  readonly style: FieldStyle;
  readonly rejected: readonly RejectedStyle[];
}

/**
 * Keeps the entries of `input` that are allowed: known variants, known properties, string values
 * without anything {@link UNSAFE} and fonts from the allowed lists (`fonts`: the families the
 * frame origin serves). Never throws; anything else is reported in `rejected`.
 */
export function filterStyle(input: unknown, fonts: readonly string[] = []): FilteredStyle {
  const style: Partial<Record<StyleVariant, StyleRules>> = {};
  const rejected: RejectedStyle[] = [];
  if (typeof input !== "object" || input === null) return { style, rejected };
  for (const [variant, rules] of Object.entries(input)) {
    if (!(STYLE_VARIANTS as readonly string[]).includes(variant) || typeof rules !== "object") {
      rejected.push({ variant, reason: "unknown_variant" });
      continue;
    }
    const kept: StyleRules = {};
    for (const [property, value] of Object.entries(rules ?? {})) {
      const reason = checkEntry(property, value, fonts);
      if (reason) rejected.push({ variant, property, reason });
      else kept[property as StyleProperty] = (value as string).trim();
    }
    style[variant as StyleVariant] = kept;
  }
  return { style, rejected };
}

/** Why one `property: value` entry is refused, or null when it is allowed. */
function checkEntry(
  property: string,
  value: unknown,
  fonts: readonly string[],
): StyleRejection | null {
  if (!Object.hasOwn(STYLE_PROPERTIES, property)) return "unknown_property";
  if (typeof value !== "string" || value.length > MAX_VALUE_LENGTH || UNSAFE.test(value)) {
    return "unsafe_value";
  }
  if (property === "fontFamily" && !fontsAllowed(value, fonts)) return "font_not_allowed";
  return null;
}

/** The selector each variant's rules apply to, in the frame document. */
const SELECTORS: Record<StyleVariant, string> = {
  base: "input",
  focus: "input:focus",
  invalid: ".is-invalid input",
  complete: ".is-complete input",
  placeholder: "input::placeholder",
};

/**
 * The CSS text for a filtered style, one rule per variant. Only call it with the output of
 * {@link filterStyle}: the values are written as they are.
 */
export function styleSheetText(style: FieldStyle): string {
  return STYLE_VARIANTS.map((variant) => {
    const rules = style[variant] ?? {};
    const body = Object.entries(rules)
      .map(([property, value]) => `${STYLE_PROPERTIES[property as StyleProperty]}:${value}`)
      .join(";");
    return body ? `${SELECTORS[variant]}{${body}}` : "";
  }).join("");
}
