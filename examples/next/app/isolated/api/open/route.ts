// `POST /isolated/api/open`: `{ ciphertext }` in (the card the frame sealed), opened with
// @cardward/server's openCard, each context's `jti` consumed once through the replay store. A
// real checkout forwards the card to its payment processor here; this one answers with what is
// safe to show (brand, last four, expiry) and wipes the security code.
import {
  createMemoryReplayStore,
  isCardwardServerError,
  openCard,
  toPublicJwk,
} from "@cardward/server";
import { isolatedConfig } from "../../../../lib/isolated-config";
import { notConfigured, reply } from "../../../../lib/json-reply";

/** The largest request body read, in bytes (a sealed card is a few kilobytes). */
const MAX_BODY_BYTES = 64 * 1024;
/** The HTTP status of each openCard failure; anything else is 400. */
const STATUS: Readonly<Record<string, number>> = { replayed: 409, replay_store_failed: 503 };

/**
 * Used `jti`s, in this server's memory: enough for one `next start` process. Several instances
 * share a store instead (the server package's README has a Redis recipe).
 */
const replayStore = createMemoryReplayStore();

/** The `ciphertext` of a small JSON body, or undefined. */
async function readCiphertext(request: Request): Promise<string | undefined> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    const ciphertext = typeof body === "object" && body ? Reflect.get(body, "ciphertext") : null;
    return typeof ciphertext === "string" ? ciphertext : undefined;
  } catch {
    return undefined;
  }
}

/** Opens the card; answers `{ brand, last4, expMonth, expYear }` or `{ error }` with its code. */
export async function POST(request: Request): Promise<Response> {
  const config = isolatedConfig();
  if (!config) return notConfigured();
  const ciphertext = await readCiphertext(request);
  if (ciphertext === undefined) return reply(400, { error: "bad_request" });
  try {
    const { card } = await openCard(ciphertext, {
      decryptionKeys: [config.decryptionKey],
      issuerKeys: [toPublicJwk(config.signingKey)],
      replayStore,
      audience: config.pageOrigin,
    });
    // Here a real checkout sends card.pan and card.cvc.reveal() to its processor.
    card.cvc.wipe();
    const { brand, last4, expMonth, expYear } = card;
    return reply(200, { brand, last4, expMonth, expYear });
  } catch (error) {
    if (!isCardwardServerError(error)) throw error;
    return reply(STATUS[error.code] ?? 400, { error: error.code });
  }
}
