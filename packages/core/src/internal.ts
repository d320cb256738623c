// @cardward/core/internal: what cardward's own packages share and merchants do not need. Not
// part of the public API: names and shapes here may change in any release.

export type { DigitScan } from "./text/normalize";
export { scanDigits } from "./text/normalize";
