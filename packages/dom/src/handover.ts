import { type CardField, Sensitive } from "@cardward/core";
import type { EditStart } from "./edit-field";
import type { FieldEdits } from "./field-edits";
import type { CardRecords } from "./field-record";
import type { StateStore } from "./state-store";
import type { CardFieldsController } from "./types";

/**
 * What a controller hands to the one that replaces it when a framework swaps one bound input (a
 * React `key` change remounts): which fields were touched, so their errors stay shown, and the
 * security code's state (its secret copied), so a code already typed is not lost.
 */
export interface Handover {
  readonly touched: readonly CardField[];
  readonly cvc: EditStart;
}

/** Takes a controller's handover, and gives one to a new controller. */
export interface HandoverPort {
  /** The state to hand over (the CVC's secret is a copy, the caller wipes it once given). */
  take(): Handover;
  /** Takes in a handover: the fields are touched, the CVC (when `cvc`) is written again. */
  give(handover: Handover, cvc: boolean): void;
}

/** The handover port of each live controller (internal: the framework binding uses it). */
export const HANDOVERS = new WeakMap<CardFieldsController, HandoverPort>();

/** Creates the handover port of a controller over its records. */
export function createHandoverPort(
  records: CardRecords,
  store: StateStore,
  edits: FieldEdits,
): HandoverPort {
  return {
    take() {
      const touched = records.all.filter((record) => record.touched).map(({ field }) => field);
      const { value, selectionStart, selectionEnd, secret } = records.cvc.state;
      const copy = new Sensitive(secret?.reveal() ?? "");
      return { touched, cvc: { value, selectionStart, selectionEnd, secret: copy } };
    },
    give({ touched, cvc }, takeCvc) {
      store.update(() => {
        if (takeCvc) edits.restore(records.cvc, cvc);
        for (const record of records.all) {
          if (!touched.includes(record.field)) continue;
          record.touched = true;
          store.touch(record);
        }
      });
    },
  };
}
