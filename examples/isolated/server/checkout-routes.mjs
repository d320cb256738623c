// The merchant server's side of the demo, with @cardward/server: it issues a capture context per
// checkout (GET api/context) and opens the card the frame sealed with it (POST api/open). In a
// real checkout, api/open is where the card is forwarded to the payment processor; here only the
// brand and the last four digits go back to the page, to show the server got the card typed.
import { createCaptureContext, isCardwardServerError, openCard } from "@cardward/server";

/** The largest request body the route reads. */
const MAX_BODY = 64 * 1024;
/** How long a checkout's context lives, in seconds. */
const CONTEXT_TTL_SECONDS = 15 * 60;
/** The HTTP status of each openCard failure the page may see; anything else is 400. */
const STATUS = { replayed: 409, replay_store_failed: 503 };

/** Reads a small JSON request body (or null when it is too big or not JSON). */
async function readJson(request) {
  let body = "";
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY) return null;
  }
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** Writes a JSON answer that no cache keeps. */
function reply(response, status, body) {
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  response.end(JSON.stringify(body));
}

/**
 * The two checkout routes.
 * `issuerKeys` (every issuer key the frame accepts now: the pinned one and the frame origin's JWK
 * Set) is what api/open verifies a card's context against; the signing key's public half when absent.
 * @param {{ signing: { privateJwk: object, publicJwk: object }, encryption: { privateJwk: object, publicJwk: object }, replayStore: import("@cardward/server").ReplayStore, pageOrigin: string, frameOrigin: string, issuerKeys?: () => readonly object[] }} keys
 */
export function checkoutRoutes({
  signing,
  encryption,
  replayStore,
  pageOrigin,
  frameOrigin,
  issuerKeys = () => [signing.publicJwk],
}) {
  /** `GET api/context`: `{ captureContext }`, a fresh context for one checkout. */
  const context = async (request, response) => {
    if (request.method !== "GET") return reply(response, 405, { error: "method_not_allowed" });
    const created = await createCaptureContext({
      signingKey: signing.privateJwk,
      encryptionKey: encryption.publicJwk,
      audience: pageOrigin,
      frameOrigin,
      ttl: CONTEXT_TTL_SECONDS,
    });
    reply(response, 200, { captureContext: created.token });
  };
  /**
   * `POST api/open`: `{ ciphertext }` in, `{ brand, last4, expMonth, expYear }` out, or
   * `{ error }` with openCard's code (409 for a ciphertext already opened).
   */
  const open = async (request, response) => {
    if (request.method !== "POST") return reply(response, 405, { error: "method_not_allowed" });
    const body = await readJson(request);
    if (typeof body?.ciphertext !== "string") return reply(response, 400, { error: "bad_request" });
    try {
      const { card } = await openCard(body.ciphertext, {
        decryptionKeys: [encryption.privateJwk],
        issuerKeys: issuerKeys(),
        replayStore,
        audience: pageOrigin,
      });
      const { brand, last4, expMonth, expYear } = card;
      reply(response, 200, { brand, last4, expMonth, expYear });
    } catch (error) {
      if (!isCardwardServerError(error)) throw error;
      reply(response, STATUS[error.code] ?? 400, { error: error.code });
    }
  };
  return { context, open };
}
