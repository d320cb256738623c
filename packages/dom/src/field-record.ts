import { type CardField, validateExpiry } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";
import { EDITORS, EMPTY_EDIT, EMPTY_STATE, type FieldEditResult } from "./edit-field";
import type { ErrorElements } from "./error-elements";
import { createErrorSlot, type ErrorSlot } from "./error-slot";
import { createFieldHistory, type FieldHistory } from "./field-history";
import { fieldSnapshot } from "./field-snapshot";
import type { LiveSettings } from "./live-settings";
import type { Control, ResolvedFields, SplitExpiry } from "./resolve-fields";
import type { FieldSnapshot } from "./types";

/** The controller's own record of one field. */
export interface FieldRecord {
  readonly field: CardField;
  /** One input, or a split expiry's month and year. */
  readonly controls: readonly Control[];
  /** The text input, or null for a split expiry. */
  readonly input: HTMLInputElement | null;
  /** A split expiry's month and year, or null. */
  readonly split: SplitExpiry | null;
  readonly slot: ErrorSlot;
  /** The last edit's result: value and selection written (for the CVC, with its secret), status. */
  state: FieldEditResult;
  /** The state as subscribers last saw it. */
  snapshot: FieldSnapshot;
  focused: boolean;
  touched: boolean;
  /** The field's undo history (its states in memory only). */
  readonly history: FieldHistory;
  /** The value listeners last saw committed (`change` is dispatched when it differs on blur). */
  committed: string;
}

/** A field bound to one text input. */
export interface TextRecord extends FieldRecord {
  readonly input: HTMLInputElement;
}

/** Every field's record: number, expiry and CVC always, name and postal code when bound. */
export interface CardRecords {
  readonly number: TextRecord;
  readonly expiry: FieldRecord;
  readonly cvc: TextRecord;
  readonly name: TextRecord | undefined;
  readonly postalCode: TextRecord | undefined;
  /** Every record, number, expiry and CVC first. */
  readonly all: readonly FieldRecord[];
}

/** A split expiry's state: month and year validated together (`<select>`s have no caret). */
export function splitExpiryState({ month, year }: SplitExpiry, settings: LiveSettings) {
  const status = validateExpiry({ month: month.value, year: year.value }, settings.options.expiry);
  const value = month.value + year.value;
  return { value, selectionStart: 0, selectionEnd: 0, status, complete: status.isValid };
}

/** Creates the records of the resolved fields, each empty, with its error slot. */
export function createRecords(
  fields: ResolvedFields,
  set: SetAttribute,
  errorElements: ErrorElements,
  settings: LiveSettings,
): CardRecords {
  const record = <I extends HTMLInputElement | null>(
    field: CardField,
    input: I,
    split: SplitExpiry | null,
  ) => {
    const controls = split ? [split.month, split.year] : input ? [input] : [];
    const slot = createErrorSlot(controls, set, errorElements(field));
    const state = split
      ? splitExpiryState(split, settings)
      : EDITORS[field](EMPTY_STATE, EMPTY_EDIT, settings.options);
    const snapshot = fieldSnapshot(state, false, false, undefined);
    const history = createFieldHistory();
    return {
      ...{ field, controls, input, split, slot, state, snapshot, history },
      ...{ focused: false, touched: false, committed: "" },
    };
  };
  const { expiry } = fields;
  const optional = (field: "name" | "postalCode") => {
    const input = fields[field];
    return input && record(field, input, null);
  };
  const number = record("number", fields.number, null);
  const expiryRecord =
    "localName" in expiry ? record("expiry", expiry, null) : record("expiry", null, expiry);
  const cvc = record("cvc", fields.cvc, null);
  const name = optional("name");
  const postalCode = optional("postalCode");
  const all = [number, expiryRecord, cvc, name, postalCode].filter((r) => r !== undefined);
  return { number, expiry: expiryRecord, cvc, name, postalCode, all };
}
