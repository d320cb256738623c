import type { FindingLog } from "../finding-log";
import type { CompiledSecret } from "../secret-matcher";

/** A window with its constructors (`Storage`, `MutationObserver`, ...). */
export type Win = Window & typeof globalThis;

/** What every sink watcher gets. */
export interface SinkContext {
  readonly win: Win;
  readonly doc: Document | undefined;
  readonly secrets: readonly CompiledSecret[];
  /** Findings recorded while active. */
  readonly recorded: FindingLog;
  /** Swallow console output instead of passing it on. */
  readonly quiet: boolean;
}

/** One sink's watch: what it records while active, scans at check, and restores on stop. */
export interface SinkWatch {
  /** Takes pending records in before a check. */
  readonly flush?: () => void;
  /** Adds what is in the sink right now to `now`. */
  readonly scan?: (now: FindingLog) => void;
  /** Restores what was patched, stops observing. */
  readonly stop?: () => void;
}
