// What the isolated checkout (app/isolated) needs besides `next start`: development keys (a
// capture-context signing pair and an encryption pair, generated at every start, TEST ONLY, never
// written to disk), the frame site built for the Next page's origin with the signing key's public
// half as its only issuer key, served on another site than the page (`localhost` when the page is
// on 127.0.0.1: both are secure contexts without HTTPS), and the environment `next start` reads
// them from (lib/isolated-config.ts). `pnpm start` and the browser tests run it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFrameSite, serveFrameSite } from "@cardward/frame/site";
import { generateEncryptionKeyPair, generateSigningKeyPair } from "@cardward/server";

/**
 * @param {{ pageOrigin: string, port?: number, host?: string }} options
 * @returns {Promise<import("./isolated-frames.d.mts").IsolatedFrames>}
 */
export async function startIsolatedFrames({ pageOrigin, port = 0, host = "localhost" }) {
  const stamp = Date.now().toString(36);
  const signing = await generateSigningKeyPair({ kid: `next-dev-issuer-${stamp}` });
  const encryption = await generateEncryptionKeyPair({ kid: `next-dev-enc-${stamp}` });
  const dir = mkdtempSync(join(tmpdir(), "cardward-next-frames-"));
  // issuerKeys makes capture contexts required: the frame encrypts to no other key.
  const site = await buildFrameSite(
    { parentOrigins: [pageOrigin], issuerKeys: [signing.publicJwk] },
    dir,
  );
  const frame = await serveFrameSite({ dir, headers: site.headers, port, host }).catch(() =>
    serveFrameSite({ dir, headers: site.headers, port: 0, host }),
  );
  return {
    frameOrigin: frame.origin,
    env: {
      CARDWARD_PAGE_ORIGIN: pageOrigin,
      CARDWARD_FRAME_ORIGIN: frame.origin,
      CARDWARD_SIGNING_KEY: JSON.stringify(signing.privateJwk),
      CARDWARD_DECRYPTION_KEY: JSON.stringify(encryption.privateJwk),
    },
    close: async () => {
      await frame.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
