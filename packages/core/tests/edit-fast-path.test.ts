// Issue 17: editNumber, editExpiry and editCvc answer one digit typed at the end of the field on a
// fast path. Pasting the same digit always takes the general path (the fast path is for
// `insertText` only) and plans the same insertion, so the two must give identical results.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editCvc } from "../src/edit/cvc";
import { editExpiry } from "../src/edit/expiry";
import { editNumber } from "../src/edit/number";
import { digitTypedAtEnd } from "../src/edit/typed-at-end";
import type { CvcFieldState, Edit, FieldState } from "../src/edit/types";
import { formatNumber } from "../src/format/format-number";
import { Sensitive } from "../src/sensitive";

const RUNS = { numRuns: 10_000 };
const now = new Date("2026-03-15T12:00:00Z");
const digit = fc.constantFrom(..."0123456789");
const digits = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength });
const atEnd = (value: string): FieldState => ({
  value,
  selectionStart: value.length,
  selectionEnd: value.length,
});
const typed = (d: string): Edit => ({ kind: "input", inputType: "insertText", data: d });
const pasted = (d: string): Edit => ({ kind: "input", inputType: "insertFromPaste", data: d });
/** A result as plain data, the CVC's secret revealed (a Sensitive serializes as "[redacted]"). */
const plain = (r: FieldState & { secret?: Sensitive<string> }) =>
  JSON.stringify({ ...r, secret: r.secret?.reveal() });

describe("the fast path returns what the general path returns", { timeout: 60_000 }, () => {
  it("editNumber", () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: digits(19).map((d) => formatNumber(d)) },
          { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        ),
        digit,
        fc.constantFrom(undefined, 12, 16),
        (value, d, maxLength) => {
          const state = atEnd(value);
          const options = maxLength === undefined ? {} : { maxLength };
          if (digitTypedAtEnd(state, typed(d)) !== null) fast++;
          return (
            plain(editNumber(state, typed(d), options)) ===
            plain(editNumber(state, pasted(d), options))
          );
        },
      ),
      RUNS,
    );
    expect(fast).toBeGreaterThan(RUNS.numRuns * 0.8);
  });

  it("editExpiry, in both formats", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          digits(6).map((text) => {
            let state = atEnd("");
            for (const ch of text) state = editExpiry(state, typed(ch), { now });
            return state.value;
          }),
          fc
            .record({ month: digits(2), year: digits(4) })
            .map(({ month, year }) => (year ? `${month} / ${year}` : month)),
          fc.string({ maxLength: 8 }),
        ),
        digit,
        fc.constantFrom("MM / YY" as const, "MM / YYYY" as const),
        (value, d, format) => {
          const state = atEnd(value);
          return (
            plain(editExpiry(state, typed(d), { now, format })) ===
            plain(editExpiry(state, pasted(d), { now, format }))
          );
        },
      ),
      RUNS,
    );
  });

  it("editCvc, masked and revealed, any brand", () => {
    fc.assert(
      fc.property(
        digits(4),
        digit,
        fc.constantFrom("visa", "american-express", null),
        fc.constantFrom("•", "*", "\u{1f512}"),
        fc.boolean(),
        fc.boolean(),
        (held, d, brand, mask, reveal, inStep) => {
          const options = { brand, mask, reveal };
          const shown = reveal ? held : mask.repeat(held.length);
          const value = inStep ? shown : `${shown}•`;
          const state = (): CvcFieldState => ({ ...atEnd(value), secret: new Sensitive(held) });
          return (
            plain(editCvc(state(), typed(d), options)) ===
            plain(editCvc(state(), pasted(d), options))
          );
        },
      ),
      RUNS,
    );
  });

  it("takes only one ASCII digit typed at the end", () => {
    const end = atEnd("4242");
    expect(digitTypedAtEnd(end, typed("4"))).toBe("4");
    expect(digitTypedAtEnd(end, typed("42"))).toBeNull();
    expect(digitTypedAtEnd(end, typed("\u0664"))).toBeNull();
    expect(digitTypedAtEnd(end, pasted("4"))).toBeNull();
    expect(digitTypedAtEnd({ ...end, selectionStart: 2 }, typed("4"))).toBeNull();
  });
});
