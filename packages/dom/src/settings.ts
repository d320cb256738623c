import { type Brand, getBrand, scanDigits } from "@cardward/core";
import type { EditOptions } from "./edit-field";
import { fail } from "./resolve-fields";
import type { CardFieldsSettings, MountOptions } from "./types";

/** Every option, each read as the caller's own property (never inherited), `undefined` if absent. */
export type OwnOptions = { readonly [K in keyof MountOptions]-?: MountOptions[K] | undefined };

/** A setting's name: what `setOptions` takes. */
export type SettingKey = keyof CardFieldsSettings;

/** The settings in force, each present (`undefined` when not given). */
export type SettingValues = { readonly [K in SettingKey]-?: CardFieldsSettings[K] | undefined };

/** The options that can change while mounted, as `setOptions` takes them. */
export const SETTING_KEYS: readonly SettingKey[] = [
  "acceptedBrands",
  "locale",
  "autoAdvance",
  "revealCvc",
  "now",
  "onBrandChange",
  "onWarning",
];

/** The default mask character of the security code. */
export const DEFAULT_CVC_MASK = "•";

/**
 * An object without a prototype holding `value`'s own properties: what we pass on can never
 * inherit a property someone added to `Object.prototype`.
 */
export const bare = <T extends object>(value: T): T => Object.assign(Object.create(null), value);

/** `options[key]` when it is the caller's own property; an inherited one is ignored. */
function own<T extends object, K extends keyof T>(options: T, key: K): T[K] | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

/** The settings among `options` (own properties only). */
export function ownSettings(options: CardFieldsSettings): SettingValues {
  const brands = own(options, "acceptedBrands");
  return {
    // A copy: a list changed in place later is a change the next `setOptions` sees.
    acceptedBrands: Array.isArray(brands) ? [...brands] : brands,
    locale: own(options, "locale"),
    autoAdvance: own(options, "autoAdvance"),
    revealCvc: own(options, "revealCvc"),
    now: own(options, "now"),
    onBrandChange: own(options, "onBrandChange"),
    onWarning: own(options, "onWarning"),
  };
}

/**
 * Reads mount options as own properties only, so a polluted `Object.prototype` (`revealCvc`,
 * `keepNames`, ...) changes nothing. A missing `options` is no options.
 */
export function ownOptions(options: MountOptions | undefined): OwnOptions {
  const given = options ?? {};
  return {
    ...ownSettings(given),
    root: own(given, "root"),
    keepNames: own(given, "keepNames"),
    restoreCvcValue: own(given, "restoreCvcValue"),
    cvcMask: own(given, "cvcMask"),
    errorElements: own(given, "errorElements"),
    visuallyHiddenClass: own(given, "visuallyHiddenClass"),
  };
}

/** Rejects settings of the wrong shape (and, when mounting, a bad `cvcMask`) with `invalid_option`. */
export function checkSettings(
  { acceptedBrands: brands, locale }: Partial<SettingValues>,
  mask?: string,
): void {
  if (
    (brands !== undefined && !(Array.isArray(brands) && brands.every((id) => getBrand(id)))) ||
    (locale !== undefined && typeof locale?.messages !== "object") ||
    (mask !== undefined &&
      (typeof mask !== "string" || mask.length !== 1 || scanDigits(mask).digits))
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

/** The options core's edit functions take, from the settings and the CVC's display. */
export function editOptions(settings: SettingValues, cvc: CvcDisplay): EditOptions {
  const { acceptedBrands, locale, now } = settings;
  return {
    number: bare(acceptedBrands === undefined ? { locale } : { acceptedBrands, locale }),
    expiry: bare(now === undefined ? { locale } : { now, locale }),
    cvc: bare({ ...cvc, locale }),
    name: bare({ locale }),
    postalCode: bare({ locale }),
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
