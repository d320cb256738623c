import type { FieldEdits } from "./field-edits";
import type { CardRecords } from "./field-record";
import type { LiveSettings } from "./live-settings";
import type { SettingKey } from "./settings";
import type { StateStore } from "./state-store";
import type { CardFieldsSettings } from "./types";

/** The settings every field's value is run through the model again for. */
const RERUN_ALL: readonly SettingKey[] = ["acceptedBrands", "locale", "now", "expiryFormat"];

/** What a settings change touches. */
export interface ApplySettingsContext {
  readonly records: CardRecords;
  readonly settings: LiveSettings;
  readonly store: StateStore;
  readonly edits: FieldEdits;
  /** Writes the CVC's size and name for the brand and locale in force. */
  readonly cvcAttributes: () => void;
  /** Lets Backspace in an empty field move back (once auto-advance is on). */
  readonly watchBackspace: () => void;
}

/**
 * `setOptions`: applies the settings that changed, and does only the work they need. The same
 * settings again cost a comparison: a framework may pass its options on every render.
 * - `acceptedBrands`, `locale`, `now`: every field runs through the model again;
 * - `revealCvc`: the security code does;
 * - `autoAdvance`: Backspace is watched; callbacks: the next call uses them.
 */
export function createApplySettings(context: ApplySettingsContext) {
  const { records, settings, store, edits } = context;
  return (next: CardFieldsSettings): void => {
    const changed = settings.apply(next);
    if (changed.has("autoAdvance")) context.watchBackspace();
    const all = RERUN_ALL.some((key) => changed.has(key));
    if (!all && !changed.has("revealCvc")) return;
    store.update(() => {
      context.cvcAttributes();
      edits.rerun(all ? records.all : [records.cvc]);
    });
  };
}
