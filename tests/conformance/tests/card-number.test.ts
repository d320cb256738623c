// Differential test: @cardward/core's validateNumber against card-validator's number() on a
// deterministic stream of generated inputs. Any disagreement on isValid, isPotentiallyValid or the
// brand fails the test, except the deliberate differences listed (and checked) at the end.
import { BRANDS, type NumberOptions, validateNumber } from "@cardward/core";
import cardValidator from "card-validator";
import { describe, expect, it } from "vitest";

const TOTAL = 120_000;

/** mulberry32: a small deterministic PRNG, so every run sees the same inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(0x5eed_c0de);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

/** Every brand's patterns as digit strings: a prefix itself, or a random value in a range. */
const patterns = BRANDS.flatMap((brand) => {
  const upstream = cardValidator.creditCardType.getTypeInfo(brand.id);
  return (upstream.patterns as (number | [number, number])[]).map((p) => ({ brand: brand.id, p }));
});
function prefixOf(p: number | [number, number]): string {
  return String(typeof p === "number" ? p : p[0] + int(p[1] - p[0] + 1));
}

/** The digit that makes `body + digit` pass Luhn. */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = body.charCodeAt(i) - 48;
    if (double) d = d > 4 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Spaces and dashes the way people type and paste them. */
function decorate(digits: string): string {
  switch (int(6)) {
    case 0:
      return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
    case 1:
      return digits.replace(/(\d{4})(?=\d)/g, "$1-");
    case 2:
      return ` ${digits} `;
    case 3:
      return [...digits]
        .map((d) => d + (random() < 0.2 ? pick([" ", "-", "  ", " - "]) : ""))
        .join("");
    default:
      return digits;
  }
}

interface Case {
  readonly input: string | number;
  readonly options: NumberOptions & { maxLength?: number; luhnValidateUnionPay?: boolean };
  readonly length: number;
}

function generate(): Case {
  const length = int(21);
  const source = int(10);
  let digits: string;
  if (source === 0) {
    digits = Array.from({ length }, () => String(int(10))).join("");
  } else {
    const prefix = prefixOf(pick(patterns).p);
    digits = prefix.slice(0, length);
    while (digits.length < length) digits += String(int(10));
  }
  if (length >= 2 && random() < 0.5) digits = digits.slice(0, -1) + luhnDigit(digits.slice(0, -1));
  const roll = random();
  const options =
    roll < 0.1 ? { maxLength: 12 + int(8) } : roll < 0.2 ? { luhnValidateUnionPay: true } : {};
  const asNumber = length > 0 && length <= 15 && digits[0] !== "0" && random() < 0.05;
  return { input: asNumber ? Number(digits) : decorate(digits), options, length };
}

describe("validateNumber agrees with card-validator's number()", () => {
  it(`on ${TOTAL} generated inputs`, () => {
    let disagreements = 0;
    const firstDisagreements: unknown[] = [];
    let valid = 0;
    let potentiallyValidOnly = 0;
    const lengths = new Set<number>();
    const brands = new Set<string>();
    for (let i = 0; i < TOTAL; i++) {
      const { input, options, length } = generate();
      const ours = validateNumber(input, options);
      const theirs = cardValidator.number(input, options);
      lengths.add(length);
      if (ours.brand) brands.add(ours.brand.id);
      if (ours.isValid) valid++;
      else if (ours.isPotentiallyValid) potentiallyValidOnly++;
      if (
        ours.isValid !== theirs.isValid ||
        ours.isPotentiallyValid !== theirs.isPotentiallyValid ||
        (ours.brand?.id ?? null) !== (theirs.card?.type ?? null)
      ) {
        disagreements++;
        if (firstDisagreements.length < 5)
          firstDisagreements.push({ input, options, ours, theirs });
      }
    }
    expect(firstDisagreements).toEqual([]);
    expect(disagreements).toBe(0);
    // The stream covers what it claims to: every length 0-20, every brand, valid and partial.
    expect([...lengths].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect([...brands].sort()).toEqual(BRANDS.map((b) => b.id).sort());
    expect(valid).toBeGreaterThan(TOTAL / 20);
    expect(potentiallyValidOnly).toBeGreaterThan(TOTAL / 5);
  }, 120_000);

  it("on every prefix of every pattern, with and without a valid check digit", () => {
    let disagreements = 0;
    let count = 0;
    for (const { p } of patterns) {
      for (const end of typeof p === "number" ? [p] : p) {
        const prefix = String(end);
        for (let length = 1; length <= 20; length++) {
          let digits = prefix.slice(0, length).padEnd(length, "0");
          for (const fix of [false, true]) {
            if (fix && length >= 2) digits = digits.slice(0, -1) + luhnDigit(digits.slice(0, -1));
            const ours = validateNumber(digits);
            const theirs = cardValidator.number(digits);
            count++;
            if (
              ours.isValid !== theirs.isValid ||
              ours.isPotentiallyValid !== theirs.isPotentiallyValid ||
              (ours.brand?.id ?? null) !== (theirs.card?.type ?? null)
            ) {
              disagreements++;
            }
          }
        }
      }
    }
    expect(count).toBeGreaterThan(9_000);
    expect(disagreements).toBe(0);
  }, 60_000);
});

/** Where cardward answers differently on purpose: [input, card-validator's, ours, reason]. */
const DELIBERATE: [
  input: string,
  theirs: [boolean, boolean],
  ours: [boolean, boolean],
  reason: string,
][] = [
  [
    "４２４２４２４２４２４２４２４２",
    [false, false],
    [true, true],
    "full-width digits are digits: IME users type them (card-validator tests /^\\d*$/, ASCII only)",
  ],
  [
    "٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢",
    [false, false],
    [true, true],
    "Arabic-Indic digits are digits: Arabic keyboards and autofill produce them",
  ],
  ["४२४२४२४२४२४२४२४२", [false, false], [true, true], "Devanagari digits are digits"],
  [
    "4242\u20134242\u20134242\u20134242",
    [false, false],
    [true, true],
    "Unicode hyphens and dashes (U+2010-U+2014, U+2212) pasted from documents are separators",
  ],
  [
    "\ufeff4242424242424242",
    [true, true],
    [false, false],
    "U+FEFF is invisible: JavaScript's \\s matches it, but a number hiding characters is rejected",
  ],
  [
    `${" ".repeat(300)}4242424242424242`,
    [true, true],
    [false, false],
    "input longer than 256 UTF-16 units is rejected unread (too_long), so no input costs more",
  ],
];

describe("deliberate differences from card-validator", () => {
  it.each(DELIBERATE)("%j: %j vs ours %j (%s)", (input, theirs, ours, _reason) => {
    const cv = cardValidator.number(input);
    const cw = validateNumber(input);
    expect([cv.isValid, cv.isPotentiallyValid]).toEqual(theirs);
    expect([cw.isValid, cw.isPotentiallyValid]).toEqual(ours);
  });
});
