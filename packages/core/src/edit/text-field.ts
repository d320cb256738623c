import type { FieldSpec } from "./run-edit";
import type { BreakTest, UnitReader } from "./splice";

/**
 * The spec of a plain text field (a name, a postal code): units are the characters `read` keeps,
 * shown as they are, at most `max` UTF-16 code units in all (a unit that would pass it is dropped).
 */
export function textSpec(read: UnitReader, isBreak: BreakTest, max: number): FieldSpec {
  const size = (units: readonly string[]) => units.reduce((n, u) => n + u.length, 0);
  return {
    read,
    isBreak,
    insert: (units, at, unit) =>
      size(units) + unit.length <= max
        ? { units: [...units.slice(0, at), unit, ...units.slice(at)], caret: at + 1 }
        : null,
    settle(units) {
      let n = 0;
      let k = 0;
      while (k < units.length && n + (units[k] as string).length <= max)
        n += (units[k++] as string).length;
      return { units: units.slice(0, k), shift: 0 };
    },
    display: (units) => units.join(""),
    offset: (_display, units, k) => size(units.slice(0, k)),
  };
}

/** A space of any kind: what JavaScript's `\s` matches but line and paragraph separators and U+FEFF. */
export const SPACE = /[^\S\u2028\u2029\ufeff]/;
