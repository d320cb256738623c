import { type Field, readDigit, runEdit } from "../edit/run-edit";
import { readEdit } from "../guard/edit-input";
import { digitGroups, monthYear } from "../validators/expiry";

/**
 * The `MMYY` digits of a complete date written `MM/YY`, `M/YY`, `MM/YYYY`, `M/YYYY` or `YYYY-MM`
 * (what autofill and people paste; any non-digits separate the parts), or null.
 */
export function parseExpiryDate(input: string): string | null {
  const read = digitGroups(input);
  const date =
    typeof read !== "string" && read[0].length === 2 && monthYear(...(read[0] as [string, string]));
  if (!date) return null;
  const [month, year] = date;
  // A year of 2 or 4 digits (groups are never empty, and monthYear allows at most 4).
  return year.length % 2 === 0 && +month >= 1 && +month <= 12
    ? month.padStart(2, "0") + year.slice(-2)
    : null;
}

/**
 * Pads, in place, a month that can only be one digit: `5` becomes `05`, `13` becomes `013`
 * (January, then the year's first digit). Returns how many zeros went in front (0 or 1).
 */
function padMonth(digits: string[]): number {
  const [first = "", second = ""] = digits;
  return first >= "2" || (first === "1" && second >= "3") ? digits.unshift("0") && 1 : 0;
}

/**
 * The expiry field, `MM / YY`: up to four digits, a month that can only be one digit padded, and
 * ` / ` before the third digit or after a complete month alone.
 */
export const EXPIRY_FIELD: Field = {
  read: readDigit,
  fit: () => 4,
  pad: padMonth,
  show(digits) {
    const shown = digits.map((d, i) => (i === 2 ? ` / ${d}` : d));
    if (shown.length === 2) shown.push(" / ");
    return shown;
  },
  // The full date an edit carries (autofill's `MM/YYYY`, a pasted `YYYY-MM`), as `MMYY`.
  whole(edit, units) {
    const text =
      edit.kind === "replace" ? edit.value : /^insert/.test(edit.inputType) ? edit.data : null;
    if (typeof text !== "string") return null;
    // "1" then "/" can only be January.
    return (
      parseExpiryDate(text) ??
      (edit.kind === "input" && units.join("") === "1" && /^[\s/.\-\u2215\uff0f]+$/.test(text)
        ? "01"
        : null)
    );
  },
};

/**
 * Formats an expiry date as the expiry field shows it, `MM / YY`. Complete dates in any common
 * form (`MM/YYYY`, `YYYY-MM`, `M/YY`, ...) are read as dates; otherwise the digits are taken in
 * order, a month that can only be one digit gets its `0` (`5` -> `05 / `, `13` -> `01 / 3`),
 * and digits past four are dropped. A complete month is followed by ` / ` so the result is
 * exactly what the field shows while typing.
 *
 * @example
 * formatExpiry("12/2030"); // "12 / 30"
 * formatExpiry("2030-03"); // "03 / 30"
 * formatExpiry("5"); // "05 / "
 */
export function formatExpiry(input: string): string {
  // Exactly what the field shows when the text is autofilled into it.
  return runEdit(
    EXPIRY_FIELD,
    { value: "", selectionStart: 0, selectionEnd: 0 },
    // Anything but a string is no text; a long one is capped before any work.
    readEdit({ kind: "replace", value: input }),
  )[0];
}
