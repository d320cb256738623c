// Starts what the isolated example needs besides its page: development keys (a capture-context
// signing pair and an encryption pair, generated at every start, TEST ONLY, never written to disk),
// the frame site built for the page's origin with the signing key pinned as its issuer key and
// served on 127.0.0.1 (another site than `localhost`, and both secure contexts), and the page's
// server routes: its config, a capture context per checkout, and opening the card.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFrameSite, serveFrameSite } from "@cardward/frame/site";
import {
  createMemoryReplayStore,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
} from "@cardward/server";
import { checkoutRoutes } from "./checkout-routes.mjs";

/**
 * @param {{ pageOrigin: string, framePort?: number, prefix?: string }} options
 * @returns {Promise<import("./demo.d.mts").IsolatedDemo>}
 */
export async function startIsolatedDemo({ pageOrigin, framePort = 5174, prefix = "/isolated/" }) {
  const stamp = Date.now().toString(36);
  const signing = await generateSigningKeyPair({ kid: `dev-issuer-${stamp}` });
  const encryption = await generateEncryptionKeyPair({ kid: `dev-enc-${stamp}` });
  const replayStore = createMemoryReplayStore();
  const dir = mkdtempSync(join(tmpdir(), "cardward-frame-site-"));
  // issuerKeys makes capture contexts required: the frame encrypts to no other key.
  const site = await buildFrameSite(
    { parentOrigins: [pageOrigin], issuerKeys: [signing.publicJwk], allowBin: true },
    dir,
  );
  const frame = await serveFrameSite({ dir, headers: site.headers, port: framePort }).catch(() =>
    serveFrameSite({ dir, headers: site.headers, port: 0 }),
  );
  const config = (_request, response) => {
    response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    response.end(JSON.stringify({ frameOrigin: frame.origin }));
  };
  const checkout = checkoutRoutes({
    signing,
    encryption,
    replayStore,
    pageOrigin,
    frameOrigin: frame.origin,
  });
  return {
    frameOrigin: frame.origin,
    signing,
    encryption,
    replayStore,
    site: { dir, headers: site.headers },
    routes: {
      [`${prefix}api/config`]: config,
      [`${prefix}api/context`]: checkout.context,
      [`${prefix}api/open`]: checkout.open,
    },
    close: async () => {
      await frame.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
