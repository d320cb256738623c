// Issue 17: options an entry point reads are copied once per frozen, data-only options object
// (a binding passes the same frozen options on every keystroke). The copy must be what a fresh
// copy of the same object would be, every time; anything else is copied on each call.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editNumber } from "../src/edit/number";
import { ownOptions, ownRecord } from "../src/options/own-options";

const RUNS = { numRuns: 2_000 };

/** Own entries of an options copy, in order, as plain data. */
const entries = (copy: object) => Reflect.ownKeys(copy).map((key) => [key, Reflect.get(copy, key)]);

/** A record of option-like values, some nested (a locale, a list of brands). */
const optionsRecord = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(undefined), fc.array(fc.string())),
  { maxKeys: 5 },
);

describe("ownOptions copies a frozen options object once, as a fresh copy would", {
  timeout: 60_000,
}, () => {
  it("the same own entries as the copy of an unfrozen twin, on every call", () => {
    fc.assert(
      fc.property(optionsRecord, (record) => {
        const frozen = Object.freeze({ ...record });
        const twin = { ...record };
        const first = ownOptions(frozen);
        const again = ownOptions(frozen);
        expect(entries(first)).toEqual(entries(ownOptions(twin)));
        expect(entries(ownRecord(frozen))).toEqual(entries(ownRecord(twin)));
        expect(again).toBe(first);
        expect(Object.getPrototypeOf(first)).toBeNull();
      }),
      RUNS,
    );
  });

  it("a frozen copy passed on to another entry point is taken as it is", () => {
    const copy = ownOptions(Object.freeze({ maxLength: 12 }));
    expect(ownRecord(copy)).toBe(copy);
  });

  it("an unfrozen object is copied on each call, so later changes are read", () => {
    const options: { maxLength?: number } = {};
    expect(ownOptions(options)).not.toBe(ownOptions(options));
    options.maxLength = 12;
    expect(ownOptions(options).maxLength).toBe(12);
  });

  it("a frozen object with a getter is read on each call (the getter may answer differently)", () => {
    let calls = 0;
    const options = Object.freeze({
      get maxLength() {
        calls += 1;
        return calls;
      },
    });
    expect(ownOptions(options).maxLength).toBe(1);
    expect(ownOptions(options).maxLength).toBe(2);
  });

  it("a polluted prototype adds nothing to a cached copy", () => {
    const options = Object.freeze({ maxLength: 16 });
    ownOptions(options);
    Object.defineProperty(Object.prototype, "acceptedBrands", {
      value: ["visa"],
      configurable: true,
      writable: true,
    });
    try {
      expect("acceptedBrands" in ownOptions(options)).toBe(false);
    } finally {
      Reflect.deleteProperty(Object.prototype, "acceptedBrands");
    }
  });

  it("editNumber gives the same result with frozen options as with a fresh twin", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 19 }),
        fc.constantFrom(undefined, 12, 16),
        (digits, maxLength) => {
          const given = maxLength === undefined ? {} : { maxLength };
          const state = { value: "", selectionStart: 0, selectionEnd: 0 };
          const edit = { kind: "input", inputType: "insertFromPaste", data: digits } as const;
          const fast = editNumber(state, edit, Object.freeze({ ...given }));
          const general = editNumber(state, edit, { ...given });
          expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
        },
      ),
      RUNS,
    );
  });
});
