// Starts what the isolated example needs besides its page: a development key pair (generated at
// every start, TEST ONLY, never written to disk), the frame site built for the page's origin and
// served on 127.0.0.1 (another site than `localhost`, and both secure contexts), and the page's
// server routes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFrameSite, serveFrameSite } from "@cardward/frame/site";
import { exportJWK, generateKeyPair } from "jose";
import { openCardRoute } from "./open-card.mjs";

/**
 * @param {{ pageOrigin: string, framePort?: number, prefix?: string }} options
 * @returns {Promise<{ frameOrigin: string, publicJwk: object, privateKey: CryptoKey, routes: Record<string, Function>, close: () => Promise<void> }>}
 */
export async function startIsolatedDemo({ pageOrigin, framePort = 5174, prefix = "/isolated/" }) {
  const { publicKey, privateKey } = await generateKeyPair("RSA-OAEP-256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: `dev-${Date.now().toString(36)}` };
  const dir = mkdtempSync(join(tmpdir(), "cardward-frame-site-"));
  const site = await buildFrameSite(
    { parentOrigins: [pageOrigin], encryptionKey: publicJwk, allowBin: true },
    dir,
  );
  const frame = await serveFrameSite({ dir, headers: site.headers, port: framePort }).catch(() =>
    serveFrameSite({ dir, headers: site.headers, port: 0 }),
  );
  const config = (_request, response) => {
    response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    response.end(JSON.stringify({ frameOrigin: frame.origin }));
  };
  return {
    frameOrigin: frame.origin,
    publicJwk,
    privateKey,
    site: { dir, headers: site.headers },
    routes: {
      [`${prefix}api/config`]: config,
      [`${prefix}api/open`]: openCardRoute(privateKey, pageOrigin),
    },
    close: async () => {
      await frame.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
