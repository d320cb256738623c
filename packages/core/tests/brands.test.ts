import { describe, expect, it } from "vitest";
import { BRANDS, brandCandidates, detectBrand, getBrand } from "../src/brands/detect-brand";

describe("detectBrand", () => {
  it.each([
    ["4242424242424242", "visa"],
    ["4242 4242 4242 4242", "visa"],
    ["4242-4242-4242-4242", "visa"],
    ["5555555555554444", "mastercard"],
    ["2223003122003222", "mastercard"],
    ["378282246310005", "american-express"],
    ["3782 822463 10005", "american-express"],
    ["36227206271667", "diners-club"],
    ["6011111111111117", "discover"],
    ["3566002020360505", "jcb"],
    ["6200000000000005", "unionpay"],
    ["6304000000000000", "maestro"],
    ["6362970000457013", "elo"],
    ["2200000000000004", "mir"],
    ["6370950000000005", "hiper"],
    ["6062826786276634", "hipercard"],
    ["5895626746595650", "naranja"],
    ["5061000000000000000", "verve"],
    ["9792000000000001", "troy"],
    ["４２４２", "visa"],
    ["٤٢٤٢", "visa"],
    ["४२४२", "visa"],
  ])("%s is %s", (input, id) => {
    expect(detectBrand(input)?.id).toBe(id);
  });

  it.each([
    ["", "every brand still matches"],
    ["3", "American Express, Diners Club or JCB"],
    ["6", "several brands"],
    ["0", "no brand"],
    ["4242a", "a letter"],
    ["4242\u200b4242", "a zero-width space"],
    [4242424242424242, "not a string (as credit-card-type)"],
    [null, "null"],
    [undefined, "undefined"],
    [{}, "an object"],
  ])("%j has no brand: %s", (input, _reason) => {
    expect(detectBrand(input)).toBeNull();
  });
});

describe("brandCandidates", () => {
  it("lists every brand for empty input, in credit-card-type's order", () => {
    expect(brandCandidates("").map((b) => b.id)).toEqual(BRANDS.map((b) => b.id));
    expect(BRANDS.map((b) => b.id)).toEqual([
      "visa",
      "mastercard",
      "american-express",
      "diners-club",
      "discover",
      "troy",
      "jcb",
      "unionpay",
      "naranja",
      "verve",
      "maestro",
      "elo",
      "mir",
      "hiper",
      "hipercard",
    ]);
  });

  it.each([
    ["3", ["american-express", "diners-club", "jcb"]],
    ["4", ["visa", "naranja", "maestro", "elo"]],
    ["62", ["unionpay", "maestro", "elo"]],
    ["4011784", ["elo"]],
    ["0", []],
    ["x", []],
  ])("%j -> %j", (input, ids) => {
    expect(brandCandidates(input).map((b) => b.id)).toEqual(ids);
  });

  it("returns a new array each call, so callers cannot corrupt the table", () => {
    const list = brandCandidates("");
    list.pop();
    expect(brandCandidates("")).toHaveLength(BRANDS.length);
  });
});

describe("getBrand", () => {
  it.each([
    ["american-express", "American Express", 4, "CID", [15]],
    ["visa", "Visa", 3, "CVV", [16, 18, 19]],
    ["unionpay", "UnionPay", 3, "CVN", [14, 15, 16, 17, 18, 19]],
  ])("%s", (id, name, size, codeName, lengths) => {
    const brand = getBrand(id);
    expect(brand?.name).toBe(name);
    expect(brand?.code).toEqual({ name: codeName, size });
    expect(brand?.lengths).toEqual(lengths);
  });

  it("answers null for an unknown id", () => {
    expect(getBrand("amex")).toBeNull();
  });
});
