import type {
  Brand,
  BrandId,
  CardField,
  CardwardError,
  ExpiryFormat,
  Issue,
  Locale,
  Sensitive,
} from "@cardward/core";
import type { CvcHintTexts } from "./cvc-hint-text";

/** An element, or a selector looked up in {@link MountOptions.root}. */
export type ElementTarget = string | Element;

/** The expiry as two fields: a month and a year (`<input>`s or `<select>`s). */
export interface SplitExpiryTarget {
  /** The month field (`autocomplete="cc-exp-month"`). */
  readonly month: ElementTarget;
  /** The year field (`autocomplete="cc-exp-year"`). */
  readonly year: ElementTarget;
}

/** The fields to bind. The number, expiry and security code are required. */
export interface CardFieldTargets {
  /** The card number `<input>`. */
  readonly number: ElementTarget;
  /** The expiry `<input>` (MM / YY), or `{ month, year }` for two fields. */
  readonly expiry: ElementTarget | SplitExpiryTarget;
  /** The security code `<input>`: its value only ever holds mask characters. */
  readonly cvc: ElementTarget;
  /** The cardholder name `<input>`. */
  readonly name?: ElementTarget;
  /** The postal code `<input>`. */
  readonly postalCode?: ElementTarget;
}

/** Options of `cvcHint()` (`@cardward/dom/cvc-hint`). */
export interface CvcHintOptions {
  /**
   * The element the hint is drawn into (its content is replaced while mounted and put back on
   * destroy). Without it, a `<span class="cardward-hint">` is created after the CVC input.
   */
  readonly element?: ElementTarget | undefined;
  /**
   * Your own words per locale tag (`"en"`, `"pt-BR"`, ...), each line optional.
   * @example
   * { en: { warning: "Acme will never ask for this code by phone." } }
   */
  readonly text?: CvcHintTexts | undefined;
}

/** The hint under the security code while mounted, following the brand and the locale. */
export interface CvcHint {
  /** Draws the hint for `brand` in `locale` (does nothing when neither changed). */
  update(brand: Brand | null, locale: Locale): void;
  /** Takes the hint away: the created element removed, or the merchant's content put back. */
  remove(): void;
}

/**
 * What `cvcHint()` from `@cardward/dom/cvc-hint` returns, for {@link MountOptions.cvcHint}. A
 * separate entry, so pages without the hint do not download its pictures and ten languages.
 */
export interface CvcHintSetup {
  /**
   * Finds the hint's element in `root` before anything is mounted (throws `element_not_found`),
   * and returns what draws the hint for the CVC input, its attributes written through `set` (so
   * destroy restores them).
   */
  prepare(
    root: ParentNode,
  ): (
    input: HTMLInputElement,
    set: (element: Element, name: string, value: string | null) => void,
  ) => CvcHint;
}

/** A diagnostic code passed to {@link MountOptions.onWarning}. */
export type WarningCode =
  /** A card field sits in a form whose method is GET: a native submit puts fields in the URL. */
  | "form_method_get"
  /** The page is not a secure context (not HTTPS): card data travels in clear. */
  | "insecure_context"
  /**
   * A field's `name` attribute was removed while mounted, at mount or when it was set again (a
   * framework re-rendering a `name` prop). Once per input; its latest value is restored on destroy.
   */
  | "name_removed"
  /** `keepNames` kept a card field's `name`: a native form submit would post it. */
  | "name_kept";

/** A diagnostic: a code and the field it is about. It never carries a value. */
export interface CardwardWarning {
  /** What was noticed. */
  readonly code: WarningCode;
  /** The field it concerns, if any. */
  readonly field?: CardField;
}

/** Options that can change while mounted, through `setOptions`. */
export interface CardFieldsSettings {
  /**
   * Brands the merchant accepts; others get `unsupported_brand`.
   * @default every brand
   */
  readonly acceptedBrands?: readonly BrandId[] | undefined;
  /**
   * The locale of messages, the live region and the CVC's accessible name.
   * @default en
   */
  readonly locale?: Locale | undefined;
  /**
   * Move focus to the next field once a field is complete and valid, and back to the previous
   * one on Backspace in an empty field. Moving focus on input is a change of context (WCAG 3.2.2):
   * tell people before they start typing if you turn it on.
   * @default false
   */
  readonly autoAdvance?: boolean | undefined;
  /**
   * Show the security code's digits instead of mask characters (a "show" button).
   * @default false
   */
  readonly revealCvc?: boolean | undefined;
  /**
   * How the expiry field shows the date: `MM / YY`, or `MM / YYYY` (the year as typed; a two-digit
   * year is never expanded). A split year input follows it too.
   * @default "MM / YY"
   */
  readonly expiryFormat?: ExpiryFormat | undefined;
  /**
   * The clock for the expiry check.
   * @default () => new Date()
   */
  readonly now?: (() => Date) | undefined;
  /** Called with the brand id (or null) whenever the detected brand changes. */
  readonly onBrandChange?: ((brand: BrandId | null) => void) | undefined;
  /** Receives diagnostics (codes, never values). Nothing is ever written to the console. */
  readonly onWarning?: ((warning: CardwardWarning) => void) | undefined;
}

/** Options of {@link mountCardFields}. */
export interface MountOptions extends CardFieldsSettings {
  /**
   * Where selectors are looked up.
   * @default document
   */
  readonly root?: ParentNode | undefined;
  /**
   * Keep the `name` attributes of the number, expiry and CVC, so a native form submit posts them.
   * Reported through `onWarning` (`name_kept`). Without it, a `name` set on them while mounted is
   * taken off again (after a microtask) and its value restored on destroy.
   * @default false
   */
  readonly keepNames?: boolean | undefined;
  /**
   * Put a server-rendered `value` attribute of the security code input back on destroy. While
   * mounted the attribute is always removed (the HTML and a form reset would expose the digits).
   * @default false
   */
  readonly restoreCvcValue?: boolean | undefined;
  /**
   * Single use: forget every field's undo history (the security code's, held only in memory,
   * wiped) after each successful `collect()`. The history is always forgotten on `clear()`,
   * `destroy()`, `pagehide` and a form reset.
   * @default false
   */
  readonly singleUse?: boolean | undefined;
  /**
   * The character shown for each digit of the security code.
   * @default "•"
   */
  readonly cvcMask?: string | undefined;
  /**
   * Your own error elements (elements or selectors), per field. Fields without one get a `<span>`
   * created after the input and removed on destroy. `false` (for every field, or as a field's
   * value) means no error element at all: you render `state.<field>.error` yourself, so none is
   * created and `aria-describedby` is left alone; `aria-invalid` is still managed.
   * @default {}
   * @example
   * mountCardFields(targets, { errorElements: false }); // messages rendered by your framework
   */
  readonly errorElements?: false | Partial<Record<CardField, ElementTarget | false>> | undefined;
  /**
   * The class that hides the live region visually (kept readable by screen readers). The default
   * class's rule is adopted as a constructable stylesheet; bring your own CSS for another class.
   * @default "cardward-visually-hidden"
   */
  readonly visuallyHiddenClass?: string | undefined;
  /**
   * A hint under the security code: where it is for the detected brand (three digits on the back;
   * four on the front for American Express, by the brand's own term: CVV, CVC, CID...), a small
   * picture of that side of the card, and that the code is only ever asked for in this form, never
   * by chat, email or phone. In the locale in force, tied to the input by `aria-describedby`.
   * Made by `cvcHint()` from `@cardward/dom/cvc-hint`, which places it (`element`) or changes its
   * words per locale (`text`); `false` or absent: no hint. Read at mount.
   * @default false
   * @example
   * import { cvcHint } from "@cardward/dom/cvc-hint";
   * mountCardFields(targets, { cvcHint: cvcHint({ element: "#cvc-hint" }) });
   */
  readonly cvcHint?: CvcHintSetup | false | undefined;
}

/** One field's state in a {@link CardFieldsState}. Holds no part of the value. */
export interface FieldSnapshot {
  /** The value is complete and valid. */
  readonly isValid: boolean;
  /** The value is valid or may still become valid as the person types on. */
  readonly isPotentiallyValid: boolean;
  /** Why the value is not valid right now, in the chosen locale. */
  readonly issues: readonly Issue[];
  /** The field holds all it can take (what auto-advance waits for). */
  readonly complete: boolean;
  /** The field is empty. */
  readonly empty: boolean;
  /** The field has focus. */
  readonly focused: boolean;
  /** The field has been blurred (or `validate()` was called) since mount or `clear()`. */
  readonly touched: boolean;
  /** The issue shown to the person now (touched, or no longer able to become valid), or null. */
  readonly error: Issue | null;
}

/**
 * The controller's state: one snapshot per mounted field, the brand and the card's validity. The
 * same object is returned until something changes (as `useSyncExternalStore` needs).
 */
export interface CardFieldsState {
  /** The card number. */
  readonly number: FieldSnapshot;
  /** The expiry (one field or month and year together). */
  readonly expiry: FieldSnapshot;
  /** The security code. */
  readonly cvc: FieldSnapshot;
  /** The cardholder name, if mounted. */
  readonly name?: FieldSnapshot;
  /** The postal code, if mounted. */
  readonly postalCode?: FieldSnapshot;
  /** The detected brand's id, or null while several or none match. */
  readonly brand: BrandId | null;
  /** Whether the security code is shown in clear. */
  readonly cvcRevealed: boolean;
  /** Every mounted field is valid. */
  readonly isValid: boolean;
}

/** The card as {@link CardFieldsController.collect} returns it. */
export interface CollectedCard {
  /** The card number's digits, without spaces. */
  readonly number: string;
  /** The expiry month (1-12) and four-digit year. */
  readonly expiry: { readonly month: number; readonly year: number };
  /** A copy of the security code: reveal it only to send it, then wipe it. */
  readonly cvc: Sensitive<string>;
  /** The cardholder name, trimmed, if mounted. */
  readonly name?: string;
  /** The postal code, trimmed, if mounted. */
  readonly postalCode?: string;
  /** The brand's id. */
  readonly brand: BrandId;
}

/** What {@link mountCardFields} returns. */
export interface CardFieldsController {
  /** The current state (a stable object until something changes). */
  getState(): CardFieldsState;
  /**
   * Calls `listener` once at once with the current state, then after every change; returns the
   * unsubscribe function.
   */
  subscribe(listener: (state: CardFieldsState) => void): () => void;
  /** Touches every field (so errors show) and returns whether the card is valid. */
  validate(): boolean;
  /**
   * Returns the card, or throws a {@link CardwardError} with code `invalid_card` whose `fields`
   * lists each invalid field's issue codes (never values). Touches every field.
   */
  collect(): CollectedCard;
  /** Empties every field, wipes the security code and resets `touched`. */
  clear(): void;
  /** Moves focus to a field (the month for a split expiry). */
  focus(field: CardField): void;
  /** Changes options while mounted; fields are revalidated. */
  setOptions(settings: CardFieldsSettings): void;
  /** Shows (`true`) or masks (`false`) the security code's digits. */
  revealCvc(reveal: boolean): void;
  /** Unbinds everything, wipes the security code and restores every attribute. Idempotent. */
  destroy(): void;
}
