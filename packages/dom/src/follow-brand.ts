import type { BrandTracker } from "./brand";
import { again } from "./edit-field";
import type { FieldApply } from "./field-apply";
import type { CardRecords } from "./field-record";
import type { LiveSettings } from "./live-settings";
import type { StateStore } from "./state-store";

/** What following the number's brand changes. */
export interface FollowBrandContext {
  readonly records: CardRecords;
  readonly settings: LiveSettings;
  readonly brand: BrandTracker;
  readonly store: StateStore;
  /** Writes the CVC's size and name for the brand and locale in force. */
  readonly cvcAttributes: () => void;
}

/**
 * Returns the step that follows the number's detected brand after a number edit: when the brand
 * changed, the settings take it, the CVC's attributes and value (through the model) follow in the
 * same update, and the brand's name is announced. Nothing runs another edit's brand logic, so
 * nothing recurses; an unchanged brand costs one comparison.
 */
export function createFollowBrand(context: FollowBrandContext, { apply }: FieldApply) {
  const { records, settings, brand, store } = context;
  return (): void => {
    const next = records.number.state.brand ?? null;
    if (!brand.follow(next)) return;
    settings.setBrand(next);
    context.cvcAttributes();
    apply(records.cvc, again(records.cvc.state));
    if (next) store.announce(next.name);
  };
}
