// `GET /isolated/api/context`: a fresh capture context for one checkout, signed by this server.
// The frame encrypts the card only to the key inside a context it verifies against its pinned
// issuer key, for this page's origin, before it expires.
import { createCaptureContext, toPublicJwk } from "@cardward/server";
import { isolatedConfig } from "../../../../lib/isolated-config";
import { notConfigured, reply } from "../../../../lib/json-reply";

/** How long a checkout's context lives, in seconds. */
const CONTEXT_TTL_SECONDS = 15 * 60;

/** Issues `{ captureContext }`; 503 `not_configured` when the frame site is not running. */
export async function GET(): Promise<Response> {
  const config = isolatedConfig();
  if (!config) return notConfigured();
  const created = await createCaptureContext({
    signingKey: config.signingKey,
    encryptionKey: toPublicJwk(config.decryptionKey),
    audience: config.pageOrigin,
    frameOrigin: config.frameOrigin,
    ttl: CONTEXT_TTL_SECONDS,
  });
  return reply(200, { captureContext: created.token });
}
