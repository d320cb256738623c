import { capLength, digitAt } from "../text/normalize";
import {
  type BreakTest,
  clampSelection,
  planEdit,
  readUnits,
  type UnitReader,
  type UnitText,
  unitsBefore,
} from "./splice";
import type { Edit, FieldState } from "./types";

/** Units plus a caret (a unit index) after one step of an edit. */
export interface Step {
  readonly units: string[];
  readonly caret: number;
}

/** How one kind of field keeps, formats and edits its units. */
export interface FieldSpec {
  /** Reads units out of the shown value and out of inserted text. */
  readonly read: UnitReader;
  /** Where word deletions stop. */
  readonly isBreak: BreakTest;
  /** Inserts one unit at `at`; null when it does not fit (the unit is dropped). */
  insert(units: readonly string[], at: number, unit: string): Step | null;
  /**
   * Brings units into shape after any edit (drops excess, pads a month, ...); `shift` is how many
   * units it added in front.
   */
  settle(units: string[]): { units: string[]; shift: number };
  /** The text shown for the units. */
  display(units: readonly string[]): string;
  /** The offset in `display` for a caret after `k` units. */
  offset(display: string, units: readonly string[], k: number): number;
  /** The units of the field before the edit, when they are not read from its value (a CVC). */
  source?(value: string): UnitText;
  /** Units that replace the whole field for this edit (a pasted full date), else null. */
  whole?(edit: Edit, units: readonly string[]): string[] | null;
}

/** The outcome of {@link runEdit}: the next state and the units behind it. */
export interface RunResult extends FieldState {
  readonly units: string[];
}

/** Reads ASCII or any Unicode decimal digit as its ASCII digit; drops everything else. */
export const readDigit: UnitReader = (text, i) => {
  const { digit, width } = digitAt(text, i);
  return { unit: digit < 0 ? null : String(digit), width };
};

/**
 * Applies an edit to a field: plans it over the field's units, inserts the new units one by one
 * (a unit that does not fit is dropped, so the rest never shifts), settles the units and maps the
 * caret back into the shown text. Never throws: the value and data are capped, the selection
 * clamped.
 */
export function runEdit(spec: FieldSpec, state: FieldState, edit: Edit): RunResult {
  const value = capLength(typeof state?.value === "string" ? state.value : "");
  const [start, end] = clampSelection(
    state ?? { selectionStart: 0, selectionEnd: 0 },
    value.length,
  );
  const before = spec.source ? spec.source(value) : readUnits(value, spec.read);
  const plan = edit ? planEdit(value, start, end, edit, before, spec.isBreak) : null;
  let units = before.units;
  let carets: [number, number] = [unitsBefore(before, start), unitsBefore(before, end)];
  if (edit?.kind === "replace" && typeof edit.selectionStart === "number") {
    // Nothing to apply: keep the caret where the browser left it in its new value.
    const next = capLength(typeof edit.value === "string" ? edit.value : "");
    const [s, e] = clampSelection(
      {
        value: next,
        selectionStart: edit.selectionStart,
        selectionEnd: edit.selectionEnd ?? edit.selectionStart,
      },
      next.length,
    );
    const read = spec.source ? spec.source(next) : readUnits(next, spec.read);
    carets = [unitsBefore(read, s), unitsBefore(read, e)];
  }
  if (plan) {
    const inserted = readUnits(capLength(plan.text), spec.read).units;
    if (plan.text === "" || inserted.length > 0) {
      let next = [...units.slice(0, plan.start), ...units.slice(plan.end)];
      let k = plan.start;
      for (const unit of inserted) {
        const step = spec.insert(next, k, unit);
        if (step) ({ units: next, caret: k } = step);
      }
      units = next;
      carets = [k, k];
    }
  }
  const whole = edit && spec.whole ? spec.whole(edit, before.units) : null;
  if (whole && whole.join("") !== units.join("")) {
    units = whole;
    carets = [whole.length, whole.length];
  }
  const settled = spec.settle(units);
  units = settled.units;
  const display = spec.display(units);
  const at = (k: number) =>
    spec.offset(display, units, Math.max(0, Math.min(units.length, k + settled.shift)));
  return { value: display, selectionStart: at(carets[0]), selectionEnd: at(carets[1]), units };
}
