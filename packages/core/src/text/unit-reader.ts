import { digitAt } from "./normalize";

/**
 * Reads one unit (a character a field keeps: a digit, a letter of a name) at `index`: the unit
 * as the field stores it, or null when the field drops the character, and how many UTF-16 code
 * units it takes.
 */
export type UnitReader = (text: string, index: number) => { unit: string | null; width: number };

/** Reads ASCII or any Unicode decimal digit as its ASCII digit; drops everything else. */
export const readDigit: UnitReader = (text, i) => {
  const { digit, width } = digitAt(text, i);
  return { unit: digit < 0 ? null : String(digit), width };
};
