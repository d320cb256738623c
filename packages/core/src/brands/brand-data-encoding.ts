import type { BrandData, BrandPattern } from "./brand-data";

/**
 * The brand table as the build ships it: each entry of brand-data.generated.ts (the readable file,
 * the one a reviewer diffs) with its patterns written as one short string. Patterns are most of
 * the table's bytes, and the long lists (Elo, Troy, UnionPay, Verve) are runs of nearby ranges
 * whose distances are far shorter than their digits. core's tsup.config.ts encodes the readable
 * table this way at build time, so the bundles carry this form; sources and tests read the
 * readable one, and brand-data.test.ts checks that decoding gives it back entry for entry.
 *
 * The notation, one token per pattern: a pattern starts at a number written in full, or, after
 * `+`, at that distance above the previous pattern's end (same number of digits); a range then
 * has `-` and its width. `"300-5 36+2+1"` is `[300, 305], 36, 38, 39`.
 */
export interface EncodedBrandData extends Omit<BrandData, "patterns"> {
  /** The brand's patterns in the notation above. */
  readonly patterns: string;
}

/** One token of the notation: an optional `+`, the start, an optional `-` and width. */
const PATTERN_TOKEN = /(\+?)(\d+)(?:-(\d+))?/g;

/** Reads a brand's patterns written by {@link encodePatterns}. */
export function decodePatterns(written: string): BrandPattern[] {
  const patterns: BrandPattern[] = [];
  let previousEnd = 0;
  for (const [, relative, start, width] of written.matchAll(PATTERN_TOKEN)) {
    const from = relative ? previousEnd + Number(start) : Number(start);
    const to = from + Number(width ?? 0);
    patterns.push(from === to ? from : [from, to]);
    previousEnd = to;
  }
  return patterns;
}

/** The readable table from the encoded one. */
export function decodeBrandData(table: readonly EncodedBrandData[]): BrandData[] {
  return table.map((entry) => ({ ...entry, patterns: decodePatterns(entry.patterns) }));
}

/** The number of digits of a pattern end. */
const digitCount = (n: number): number => String(n).length;

/**
 * How far `from` lies above the previous pattern's end, when it is written that way: when it is
 * above it and has as many digits (the distance is then the shorter to write); else undefined.
 */
function distanceAbove(previousEnd: number | undefined, from: number): number | undefined {
  if (previousEnd === undefined || from <= previousEnd) return undefined;
  return digitCount(from) === digitCount(previousEnd) ? from - previousEnd : undefined;
}

/** Writes a brand's patterns in the notation of {@link EncodedBrandData}. */
export function encodePatterns(patterns: readonly BrandPattern[]): string {
  const tokens: string[] = [];
  let previousEnd: number | undefined;
  for (const pattern of patterns) {
    const [from, to] = typeof pattern === "number" ? [pattern, pattern] : pattern;
    const distance = distanceAbove(previousEnd, from);
    const start = distance === undefined ? ` ${from}` : `+${distance}`;
    tokens.push(to === from ? start : `${start}-${to - from}`);
    previousEnd = to;
  }
  return tokens.join("").trimStart();
}

/** The table the build ships, from the readable one. */
export function encodeBrandData(table: readonly BrandData[]): EncodedBrandData[] {
  return table.map((entry) => ({ ...entry, patterns: encodePatterns(entry.patterns) }));
}
