// The issuer keys' JWK Set on the frame's own origin (`/.well-known/jwks.json` by default): fetched
// when a capture context names a `kid` the frame has not seen, cached, and fetched again for an
// unknown `kid` at most once per interval, so a rotated-in key works without rebuilding the frame
// site and a stream of bogus `kid`s cannot make the frame hammer its origin.
import type { PublicJwk } from "@cardward/server/frame";
import { issuerJwkSchema } from "../protocol/config";
import { INVALID } from "../protocol/schema";
import { toPublicJwk } from "./to-public-jwk";

/** The longest JWK Set the frame reads, in characters (a few dozen keys). */
export const MAX_JWKS_LENGTH = 65_536;

/** The least time between two fetches of the JWK Set for unknown `kid`s, in milliseconds. */
export const JWKS_REFETCH_INTERVAL_MS = 30_000;

/** Options of {@link createIssuerJwks}. */
export interface IssuerJwksOptions {
  /** The JWK Set's URL (on the frame's own origin). */
  readonly url: string;
  /** The frame window's `fetch`. */
  readonly fetch: typeof fetch;
  /** Now, in milliseconds since the epoch. */
  readonly now: () => number;
  /** @default {@link JWKS_REFETCH_INTERVAL_MS} */
  readonly refetchInterval?: number;
}

/** The issuer keys to verify a context's `kid` against, or `null` when none could be fetched. */
export type IssuerJwks = (kid: string) => Promise<readonly PublicJwk[] | null>;

/**
 * The issuer signing keys of a JWK Set document; members that are not one (an encryption key, a
 * key with private members) are left out. `null` when it is not a JWK Set.
 */
export function readIssuerJwks(text: string): PublicJwk[] | null {
  if (text.length > MAX_JWKS_LENGTH) return null;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return null;
  }
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return null;
  return keys.flatMap((key: unknown) => {
    const parsed = issuerJwkSchema(key);
    return parsed === INVALID ? [] : [toPublicJwk(parsed)];
  });
}

/** Fetches the JWK Set once: its issuer keys, or `null` on any failure. */
async function fetchJwks(options: IssuerJwksOptions): Promise<PublicJwk[] | null> {
  try {
    const response = await options.fetch(options.url, {
      credentials: "omit",
      cache: "no-cache",
      redirect: "error",
      referrerPolicy: "no-referrer",
      headers: { Accept: "application/json" },
    });
    if (!response.ok) return null;
    return readIssuerJwks(await response.text());
  } catch {
    return null;
  }
}

/**
 * Creates the frame's view of its JWK Set. Asked for a `kid`, it answers the cached keys when one
 * has it; otherwise it fetches (the first time always, then at most once per interval, one fetch
 * at a time) and answers what it has, or `null` when it never fetched the set.
 */
export function createIssuerJwks(options: IssuerJwksOptions): IssuerJwks {
  const interval = options.refetchInterval ?? JWKS_REFETCH_INTERVAL_MS;
  let cached: readonly PublicJwk[] | null = null;
  let lastAttempt: number | null = null;
  let inFlight: Promise<void> | null = null;
  const refetch = () => {
    lastAttempt = options.now();
    inFlight ??= fetchJwks(options).then((keys) => {
      if (keys) cached = keys;
      inFlight = null;
    });
    return inFlight;
  };
  return async (kid) => {
    if (cached?.some((key) => key.kid === kid)) return cached;
    if (inFlight) await inFlight;
    else if (lastAttempt === null || options.now() - lastAttempt >= interval) await refetch();
    return cached;
  };
}
