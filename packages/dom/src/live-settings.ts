import type { Brand } from "@cardward/core";
import type { EditOptions } from "./edit-field";
import {
  bare,
  checkSettings,
  editOptions,
  ownOptions,
  SETTING_KEYS,
  type SettingKey,
  sameSetting,
} from "./settings";
import type { CardFieldsSettings } from "./types";

/** The settings in force while mounted, and the edit options derived from them. */
export interface LiveSettings {
  /** The settings the merchant gave (at mount, or since through `setOptions`). */
  readonly values: CardFieldsSettings;
  /** What core's edit functions read, rebuilt only when something they read changes. */
  readonly options: EditOptions;
  /** The detected brand. */
  readonly brand: Brand | null;
  /** Whether the security code is shown in clear. */
  readonly reveal: boolean;
  /**
   * Applies the settings given as own properties of `next` that differ from those in force
   * (arrays by their items), after checking them; returns the names of those that changed.
   */
  apply(next: CardFieldsSettings): ReadonlySet<SettingKey>;
  /** Sets the detected brand (the CVC's size and name follow it). */
  setBrand(brand: Brand | null): void;
  /** Shows or masks the security code. */
  setReveal(reveal: boolean): void;
}

/** Holds the settings given at mount and `mask`, the CVC's mask character. */
export function createLiveSettings(initial: CardFieldsSettings, mask: string): LiveSettings {
  let values = initial;
  let brand: Brand | null = null;
  let reveal = initial.revealCvc ?? false;
  let options = editOptions(values, { brand, mask, reveal });
  const rebuild = () => {
    options = editOptions(values, { brand, mask, reveal });
  };
  return {
    get values() {
      return values;
    },
    get options() {
      return options;
    },
    get brand() {
      return brand;
    },
    get reveal() {
      return reveal;
    },
    apply(next) {
      const given = ownOptions(next);
      checkSettings(given);
      const changed = new Set(
        SETTING_KEYS.filter((key) => key in given && !sameSetting(given[key], values[key])),
      );
      if (changed.size === 0) return changed;
      values = bare({ ...values, ...given });
      // An absent `revealCvc` leaves the current display alone.
      if (changed.has("revealCvc")) reveal = given.revealCvc ?? reveal;
      rebuild();
      return changed;
    },
    setBrand(next) {
      brand = next;
      rebuild();
    },
    setReveal(next) {
      reveal = next;
      rebuild();
    },
  };
}
