import { type Brand, type CardField, type IssueCode, Sensitive } from "@cardward/core";
import type { FieldEdits } from "./field-edits";
import type { CardRecords } from "./field-record";
import type { LiveSettings } from "./live-settings";
import { fail } from "./resolve-fields";
import type { StateStore } from "./state-store";
import type { CardFieldsController, CardFieldsSettings, CollectedCard } from "./types";

/** What the controller's methods act on. */
export interface ControllerContext {
  readonly records: CardRecords;
  readonly settings: LiveSettings;
  readonly store: StateStore;
  readonly edits: FieldEdits;
  /** Empties every field and wipes the security code (as a form reset does). */
  readonly clear: () => void;
  /** Applies changed settings (re-running the fields they affect). */
  readonly setOptions: (next: CardFieldsSettings) => void;
  /** Forget every field's undo history after a successful `collect()`. */
  readonly singleUse: boolean;
  /** Tears everything down. */
  readonly destroy: () => void;
}

/**
 * The card from valid records (digits, month and year, a copy of the CVC, trimmed text), or null
 * when the brand, the digits or the expiry's month and year are not known.
 */
function readCard(records: CardRecords, brand: Brand | null): CollectedCard | null {
  const { number, expiry, cvc, name, postalCode } = records;
  const { month, year } = expiry.state.status;
  const { digits } = number.state;
  if (!brand || digits === undefined || month == null || year == null) return null;
  return {
    number: digits,
    expiry: { month, year },
    cvc: new Sensitive(cvc.state.secret?.tryReveal() ?? ""),
    ...(name && { name: name.state.value.trim() }),
    ...(postalCode && { postalCode: postalCode.state.value.trim() }),
    brand: brand.id,
  };
}

/**
 * The controller the merchant holds. Once destroyed, every method but `getState`, `subscribe`
 * and `destroy` throws `destroyed`.
 */
export function createController(context: ControllerContext): CardFieldsController {
  const { records, settings, store } = context;
  let destroyed = false;
  const alive = () => destroyed && fail("destroyed");
  const validate = () => {
    alive();
    store.update(() => {
      for (const record of records.all) {
        record.touched = true;
        store.touch(record);
      }
    });
    return store.getState().isValid;
  };
  return {
    getState: store.getState,
    subscribe: store.subscribe,
    validate,
    collect(): CollectedCard {
      const { brand } = settings;
      const card = validate() ? readCard(records, brand) : null;
      if (!card) {
        const fields: Partial<Record<CardField, IssueCode[]>> = {};
        for (const { field, state } of records.all) {
          if (!state.status.isValid) fields[field] = state.status.issues.map((issue) => issue.code);
        }
        return fail("invalid_card", "", fields);
      }
      if (context.singleUse) context.edits.forget();
      return card;
    },
    clear() {
      alive();
      context.clear();
    },
    focus(field) {
      alive();
      records.all.find((record) => record.field === field)?.controls[0]?.focus();
    },
    setOptions(next) {
      alive();
      context.setOptions(next);
    },
    revealCvc(reveal) {
      alive();
      store.update(() => {
        settings.setReveal(reveal);
        context.edits.rerun([records.cvc]);
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      context.destroy();
    },
  };
}
