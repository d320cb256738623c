import type { Brand, BrandId } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";

/** Follows the number's detected brand: `data-card-brand` now, the notifications later. */
export interface BrandTracker {
  /** Records the brand (and writes `data-card-brand`); returns whether it changed. */
  follow(next: Brand | null): boolean;
  /**
   * Tells the page about a brand change since the last call: the `cardward:brandchange` event on
   * the number input, then `onBrandChange`. Called once the state is refreshed, so that inside
   * both `getState().brand` is already the new brand.
   */
  notify(): void;
}

/**
 * Creates the tracker for `numberInput`. `current` is the brand in force, `onBrandChange` reads
 * the merchant's latest callback.
 */
export function createBrandTracker(
  numberInput: HTMLInputElement,
  set: SetAttribute,
  onBrandChange: () => ((brand: BrandId | null) => void) | undefined,
): BrandTracker {
  let current: BrandId | null = null;
  let told: BrandId | null = null;
  return {
    follow(next) {
      const id = next?.id ?? null;
      if (id === current) return false;
      current = id;
      set(numberInput, "data-card-brand", id);
      return true;
    },
    notify() {
      if (current === told) return;
      const id = current;
      told = id;
      numberInput.dispatchEvent(
        new CustomEvent("cardward:brandchange", { detail: id, bubbles: true }),
      );
      onBrandChange()?.(id);
    },
  };
}
