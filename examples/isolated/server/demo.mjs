// Starts what the isolated example needs besides its page: development keys (capture-context
// signing pairs and an encryption pair, generated at every start, TEST ONLY; only public keys are
// written to disk), the frame site built for the page's origin with one signing key pinned as its
// issuer key and a JWK Set of further issuer keys on the frame origin (`/.well-known/jwks.json`,
// written with @cardward/server's createJwks, re-read at each request: rotation without a
// rebuild), served on 127.0.0.1 (another site than `localhost`, and both secure contexts), and
// the page's server routes: its config, a capture context per checkout, and opening the card.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFrameSite, serveFrameSite } from "@cardward/frame/site";
import {
  createJwks,
  createMemoryReplayStore,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
} from "@cardward/server";
import { checkoutRoutes } from "./checkout-routes.mjs";

const FRAME_HOST = "127.0.0.1";

/**
 * A port to serve the frame site on: `wanted` when it is free, else one the system picks. The
 * site's configuration names its own origin (for its JWK Set), so the port is chosen first.
 * @param {number} wanted
 * @returns {Promise<number>}
 */
function choosePort(wanted) {
  const tryPort = (port) =>
    new Promise((done, fail) => {
      const probe = createServer();
      probe.once("error", fail);
      probe.listen(port, FRAME_HOST, () => {
        const address = probe.address();
        probe.close(() => done(typeof address === "object" && address ? address.port : 0));
      });
    });
  return tryPort(wanted).catch(() => tryPort(0));
}

/**
 * @param {{ pageOrigin: string, framePort?: number, prefix?: string }} options
 * @returns {Promise<import("./demo.d.mts").IsolatedDemo>}
 */
export async function startIsolatedDemo({ pageOrigin, framePort = 5174, prefix = "/isolated/" }) {
  const stamp = Date.now().toString(36);
  const signing = await generateSigningKeyPair({ kid: `dev-issuer-${stamp}` });
  const encryption = await generateEncryptionKeyPair({ kid: `dev-enc-${stamp}` });
  const published = await generateSigningKeyPair({ kid: `dev-issuer-jwks-${stamp}` });
  const replayStore = createMemoryReplayStore();
  const dir = mkdtempSync(join(tmpdir(), "cardward-frame-site-"));
  const keysDir = mkdtempSync(join(tmpdir(), "cardward-frame-keys-"));
  const jwksFile = join(keysDir, "issuer-keys.json");
  let publishedKeys = [];
  /** @param {readonly { publicJwk: import("jose").JWK }[]} pairs */
  const publishIssuerKeys = (pairs) => {
    publishedKeys = pairs.map((pair) => pair.publicJwk);
    writeFileSync(jwksFile, JSON.stringify(createJwks(publishedKeys)));
  };
  publishIssuerKeys([published]);
  const frameOrigin = `http://${FRAME_HOST}:${await choosePort(framePort)}`;
  // issuerKeys (and issuerJwks) make capture contexts required: the frame encrypts to no other key.
  const site = await buildFrameSite(
    {
      parentOrigins: [pageOrigin],
      issuerKeys: [signing.publicJwk],
      issuerJwks: { frameOrigin },
      allowBin: true,
    },
    dir,
  );
  const frame = await serveFrameSite({
    dir,
    headers: site.headers,
    host: FRAME_HOST,
    port: Number(new URL(frameOrigin).port),
    jwks: { file: jwksFile },
  });
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
    issuerKeys: () => [signing.publicJwk, ...publishedKeys],
  });
  return {
    frameOrigin: frame.origin,
    signing,
    published,
    publishIssuerKeys,
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
      rmSync(keysDir, { recursive: true, force: true });
    },
  };
}
