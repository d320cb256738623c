import { type Brand, DEFAULT_MASK, getBrand, isMaskChar } from "@cardward/core";
import type { EditOptions } from "./edit-field";
import { fail } from "./resolve-fields";
import type { CardFieldsSettings, MountOptions } from "./types";

/** A setting's name: what `setOptions` takes. */
export type SettingKey = keyof CardFieldsSettings;

/** The options that can change while mounted, as `setOptions` takes them. */
export const SETTING_KEYS: readonly SettingKey[] = [
  "acceptedBrands",
  "locale",
  "autoAdvance",
  "revealCvc",
  "expiryFormat",
  "now",
  "onBrandChange",
  "onWarning",
];

/** The default mask character of the security code. */
export const DEFAULT_CVC_MASK = DEFAULT_MASK;

/**
 * An object without a prototype holding `value`'s own properties: what we pass on can never
 * inherit a property someone added to `Object.prototype`.
 */
export const bare = <T extends object>(value: T): T => Object.assign(Object.create(null), value);

/**
 * The caller's options at the boundary: their own properties only, in an object without a
 * prototype, so a polluted `Object.prototype` (`revealCvc`, `keepNames`, ...) changes nothing.
 * `acceptedBrands` is copied: a list changed in place later is a change `setOptions` sees.
 */
export function ownOptions(options: MountOptions | undefined): MountOptions {
  const own = bare({ ...options });
  const { acceptedBrands } = own;
  return Array.isArray(acceptedBrands)
    ? bare({ ...own, acceptedBrands: [...acceptedBrands] })
    : own;
}

/** Rejects settings of the wrong shape (and, when mounting, a bad `cvcMask`) with `invalid_option`. */
export function checkSettings(
  { acceptedBrands: brands, locale, expiryFormat }: CardFieldsSettings,
  mask?: string,
): void {
  if (
    (brands !== undefined && !(Array.isArray(brands) && brands.every((id) => getBrand(id)))) ||
    (locale !== undefined && typeof locale?.messages !== "object") ||
    (expiryFormat !== undefined && expiryFormat !== "MM / YY" && expiryFormat !== "MM / YYYY") ||
    (mask !== undefined && !isMaskChar(mask))
  ) {
    fail("invalid_option");
  }
}

/** What the security code's edits read besides the settings. */
export interface CvcDisplay {
  /** The card's brand: the code's size and name. */
  readonly brand: Brand | null;
  /** The character shown per digit. */
  readonly mask: string;
  /** Show the digits instead of the mask. */
  readonly reveal: boolean;
}

/**
 * A field's edit options, frozen: core copies a frozen options object once, not on every
 * keystroke.
 */
const fixed = <T extends object>(value: T): T => Object.freeze(bare(value));

/** The options core's edit functions take, from the settings and the CVC's display. */
export function editOptions(settings: CardFieldsSettings, cvc: CvcDisplay): EditOptions {
  const { acceptedBrands, locale, now, expiryFormat } = settings;
  const format = expiryFormat === undefined ? {} : { format: expiryFormat };
  return {
    number: fixed(acceptedBrands === undefined ? { locale } : { acceptedBrands, locale }),
    expiry: fixed(now === undefined ? { locale, ...format } : { now, locale, ...format }),
    cvc: fixed({ ...cvc, locale }),
    name: fixed({ locale }),
    postalCode: fixed({ locale }),
  };
}

/** Two values of one setting are the same: equal, or arrays of the same items. */
export function sameSetting(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => item === b[i]))
  );
}
