import creditCardType from "credit-card-type";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BrandPattern } from "../src/brands/brand-data";
import { BRAND_DATA } from "../src/brands/brand-data.generated";
import {
  decodeBrandData,
  decodePatterns,
  encodeBrandData,
  encodePatterns,
} from "../src/brands/brand-data-encoding";
import { BRANDS, brandCandidates, detectBrand } from "../src/brands/detect-brand";

describe("the generated brand table", () => {
  it("equals credit-card-type's current data, in its test order", () => {
    const upstream = creditCardType("").map((t) => ({
      id: t.type,
      name: t.niceType,
      patterns: t.patterns,
      gaps: t.gaps,
      lengths: t.lengths,
      code: t.code,
    }));
    const ours = BRAND_DATA.map(({ luhn: _luhn, ...fields }) => fields);
    expect(JSON.parse(JSON.stringify(ours))).toEqual(upstream);
  });

  it("has ranges whose ends have the same number of digits (the matcher compares strings)", () => {
    const ranges = BRAND_DATA.flatMap((d) => d.patterns).filter(
      (p): p is Exclude<BrandPattern, number> => Array.isArray(p),
    );
    expect(ranges.length).toBeGreaterThan(50);
    for (const [lo, hi] of ranges) expect(String(lo).length).toBe(String(hi).length);
  });

  it("compiles into frozen brands with Luhn on for all but UnionPay", () => {
    expect(BRANDS.map((b) => b.id)).toEqual(BRAND_DATA.map((d) => d.id));
    expect(BRANDS.filter((b) => !b.luhn).map((b) => b.id)).toEqual(["unionpay"]);
    expect(BRANDS).toEqual(BRAND_DATA.map(({ patterns: _patterns, ...brand }) => brand));
    for (const brand of BRANDS) {
      expect(Object.isFrozen(brand)).toBe(true);
      expect(Object.isFrozen(brand.lengths)).toBe(true);
    }
  });
});

// The bundles carry the table encoded (scripts/encoded-brand-table.ts); the sources and the tests
// above read the readable file. Decoding what the build encodes must give back the same table.
describe("the brand table the build ships (encoded)", () => {
  it("decodes to the readable table, entry for entry", () => {
    const shipped = encodeBrandData(BRAND_DATA);
    expect(shipped.map((entry) => typeof entry.patterns)).toEqual(BRAND_DATA.map(() => "string"));
    expect(decodeBrandData(shipped)).toStrictEqual(BRAND_DATA);
  });

  it("is smaller than the readable patterns it replaces", () => {
    const readable = JSON.stringify(BRAND_DATA.map((d) => d.patterns)).length;
    const encoded = JSON.stringify(encodeBrandData(BRAND_DATA).map((d) => d.patterns)).length;
    expect(encoded).toBeLessThan(readable * 0.6);
  });

  it.each<[string, BrandPattern[]]>([
    ["4", [4]],
    ["300-5 36+2+1", [[300, 305], 36, 38, 39]],
    [
      "51-4 2221-8 223-6 23-3 270-1 2720",
      [[51, 55], [2221, 2229], [223, 229], [23, 26], [270, 271], 2720],
    ],
    ["65 60", [65, 60]],
  ])("writes %j for its patterns", (written, patterns) => {
    expect(encodePatterns(patterns)).toBe(written);
    expect(decodePatterns(written)).toStrictEqual(patterns);
  });

  it("reads back any list of prefixes and same-length ranges", () => {
    const pattern = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.nat(), fc.nat())
      .map(([digits, a, b]): BrandPattern => {
        const low = 10 ** (digits - 1);
        const span = 9 * low;
        const from = low + (a % span);
        const to = from + (b % (low * 10 - from));
        return from === to ? from : [from, to];
      });
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 40 }), (patterns) => {
        expect(decodePatterns(encodePatterns(patterns))).toStrictEqual(patterns);
      }),
    );
  });
});

/** Every digit string of length 1-4, each pattern's ends, their neighbours and their prefixes. */
function prefixTable(): string[] {
  const out = new Set<string>();
  for (let len = 1; len <= 4; len++) {
    for (let i = 0; i < 10 ** len; i++) out.add(String(i).padStart(len, "0"));
  }
  for (const d of BRAND_DATA) {
    for (const p of d.patterns) {
      const ends = typeof p === "number" ? [p] : [p[0], p[1]];
      for (const end of ends) {
        for (const n of [end - 1, end, end + 1]) {
          const s = String(n);
          for (let k = 1; k <= s.length; k++) out.add(s.slice(0, k));
          out.add(`${s}0`);
          out.add(`${s}99`);
          out.add(`${s}1234567890`);
        }
      }
    }
  }
  return [...out];
}

describe("detectBrand and brandCandidates agree with credit-card-type", () => {
  const table = prefixTable();

  it(`on ${table.length} prefixes`, () => {
    expect(table.length).toBeGreaterThan(11_000);
    let disagreements = 0;
    for (const prefix of table) {
      const expected = creditCardType(prefix).map((t) => t.type);
      const actual = brandCandidates(prefix).map((b) => b.id);
      const single = expected.length === 1 ? expected[0] : null;
      if (actual.join() !== expected.join() || (detectBrand(prefix)?.id ?? null) !== single) {
        disagreements++;
      }
    }
    expect(disagreements).toBe(0);
  });

  it.each([
    ["", 15, null],
    ["4", 4, null],
    ["4111", 1, "visa"],
    ["4011784", 1, "elo"],
    ["62", 3, null],
    ["3", 3, null],
    ["34", 1, "american-express"],
    ["6", 7, null],
    ["6011", 1, "discover"],
    ["2", 3, null],
    ["22", 2, null],
    ["2200", 1, "mir"],
    ["5", 5, null],
    ["51", 1, "mastercard"],
    ["9792", 1, "troy"],
    ["81", 1, "unionpay"],
    ["1", 1, "jcb"],
    ["0", 0, null],
  ])("%j has %i candidates and brand %s", (prefix, count, brand) => {
    expect(brandCandidates(prefix)).toHaveLength(count);
    expect(creditCardType(prefix)).toHaveLength(count);
    expect(detectBrand(prefix)?.id ?? null).toBe(brand);
  });
});
