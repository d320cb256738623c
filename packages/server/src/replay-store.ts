import { type Now, readDate } from "./clock";

/**
 * Where `openCard` records the capture contexts it has accepted a card for, so each is used once.
 * Shared by every server instance that opens cards (an in-memory store only works for one).
 *
 * @example
 * // Redis (node-redis 4+): SET NX with an absolute expiry; "OK" the first time, null after.
 * const replayStore: ReplayStore = {
 *   async consume(jti, expiresAt) {
 *     const reply = await redis.set(`cardward:jti:${jti}`, "1", { NX: true, PXAT: expiresAt.getTime() });
 *     return reply === "OK";
 *   },
 * };
 */
export interface ReplayStore {
  /**
   * Records `jti` as used until `expiresAt` and resolves `true`, atomically, unless it was
   * already recorded: then resolves `false`. May forget `jti` after `expiresAt` (the context is
   * refused as expired by then). A rejection makes `openCard` fail with `replay_store_failed`.
   */
  consume(jti: string, expiresAt: Date): Promise<boolean>;
}

/** Options of {@link createMemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /** The current time, for forgetting expired entries; `new Date()` when absent. */
  readonly now?: Now;
}

/**
 * A {@link ReplayStore} in this process's memory, for development and tests: it forgets
 * everything on restart and is not shared between instances, so production needs a shared store
 * (see the Redis recipe on {@link ReplayStore}). Expired entries are dropped as new ones arrive.
 *
 * @example
 * const replayStore = createMemoryReplayStore();
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): ReplayStore {
  const expiries = new Map<string, number>();
  return {
    async consume(jti, expiresAt) {
      const now = readDate(options.now).getTime();
      for (const [seen, expiry] of expiries) {
        if (expiry <= now) expiries.delete(seen);
      }
      if (expiries.has(jti)) return false;
      expiries.set(jti, expiresAt.getTime());
      return true;
    },
  };
}
