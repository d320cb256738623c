import type { BrandId, SecurityCodeName } from "../types";

/** One row of the brand table as credit-card-type publishes it (patterns are prefixes or ranges). */
export interface BrandData {
  readonly id: BrandId;
  readonly name: string;
  readonly patterns: ReadonlyArray<number | readonly [number, number]>;
  readonly gaps: readonly number[];
  readonly lengths: readonly number[];
  readonly code: { readonly name: SecurityCodeName; readonly size: 3 | 4 };
}
