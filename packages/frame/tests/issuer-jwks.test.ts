// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCaptureContext,
  createJwks,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
} from "@cardward/server";
import { afterAll, describe, expect, it } from "vitest";
import { captureContextKeySource, defaultKeySource, frameConfigSchema } from "../src/index";
import { DEFAULT_JWKS_PATH, issuerJwksUrl } from "../src/protocol/config";
import { INVALID } from "../src/protocol/schema";
import {
  createIssuerJwks,
  JWKS_REFETCH_INTERVAL_MS,
  readIssuerJwks,
} from "../src/runtime/issuer-jwks";
import { frameCsp } from "../src/site/headers";
import { serveFrameSite } from "../src/site/serve-site";

const PAGE = "https://shop.example";
const FRAME = "https://frames.shop-cdn.example";
const JWKS_URL = `${FRAME}${DEFAULT_JWKS_PATH}`;
const NOW = new Date("2026-12-03T08:00:00Z");
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

const pinned = await generateSigningKeyPair({ kid: "pinned-1" });
const published = await generateSigningKeyPair({ kid: "jwks-1" });
const rotated = await generateSigningKeyPair({ kid: "jwks-2" });
const pageSigner = await generateSigningKeyPair({ kid: "jwks-1" });
const stranger = await generateSigningKeyPair({ kid: "page-own" });
const encryption = await generateEncryptionKeyPair({ kid: "enc-1" });

/** A context for the frame, signed by `signer`. */
async function contextBy(signer: { privateJwk: object }): Promise<string> {
  const created = await createCaptureContext({
    signingKey: signer.privateJwk as never,
    encryptionKey: encryption.publicJwk,
    audience: PAGE,
    frameOrigin: FRAME,
    now: NOW,
  });
  return created.token;
}

/** A fake origin serving `body` (or failing), counting the fetches, on a clock the test moves. */
function origin(body: () => Response | Promise<never>) {
  const fetches: string[] = [];
  let now = NOW.getTime();
  const fetch = async (input: RequestInfo | URL) => {
    fetches.push(String(input));
    return body();
  };
  const jwks = createIssuerJwks({
    url: JWKS_URL,
    fetch: fetch as typeof globalThis.fetch,
    now: () => now,
  });
  const source = captureContextKeySource({
    issuerKeys: [pinned.publicJwk],
    jwks,
    frameOrigin: FRAME,
  });
  return {
    fetches,
    later: (ms: number) => {
      now += ms;
    },
    resolve: async (token: string) =>
      source.resolve({ parentOrigin: PAGE, captureContext: token, now: NOW_SECONDS }),
  };
}

/** The members of a signing key the frame reads (`use` is not one: every issuer key signs). */
function signingMembers(jwk: object) {
  const { use: _use, ...members } = jwk as Record<string, unknown>;
  return members;
}

const json = (document: unknown) => () => new Response(JSON.stringify(document));

describe("the issuer keys' JWK Set", () => {
  const refused: [string, () => Response | Promise<never>, () => Promise<string>, string][] = [
    [
      "the fetch fails",
      () => Promise.reject(new TypeError("network")),
      () => contextBy(published),
      "key_unavailable",
    ],
    [
      "the origin answers 404",
      () => new Response("", { status: 404 }),
      () => contextBy(published),
      "key_unavailable",
    ],
    [
      "the document is not JSON",
      () => new Response("<html>"),
      () => contextBy(published),
      "key_unavailable",
    ],
    [
      "the document is not a JWK Set",
      json({ keys: "none" }),
      () => contextBy(published),
      "key_unavailable",
    ],
    [
      "no key has the context's kid",
      json(createJwks([published.publicJwk])),
      () => contextBy(stranger),
      "context_invalid",
    ],
    [
      "the page signed with a published kid",
      json(createJwks([published.publicJwk])),
      () => contextBy(pageSigner),
      "context_invalid",
    ],
    [
      "the only key with the kid is private",
      json({ keys: [published.privateJwk] }),
      () => contextBy(published),
      "context_invalid",
    ],
  ];

  it.each(refused)("refuses when %s, with a code only", async (_name, body, token, code) => {
    const result = await origin(body).resolve(await token());
    expect(result).toEqual({ ok: false, code });
    // Nothing but the code: no key material, no context, no card data.
    expect(JSON.stringify(result)).toBe(JSON.stringify({ ok: false, code }));
  });

  it("verifies a context signed by a key only in the JWK Set, fetched once and cached", async () => {
    const site = origin(json(createJwks([published.publicJwk])));
    const first = await site.resolve(await contextBy(published));
    expect(first.ok && first.key.kid).toBe("enc-1");
    expect((await site.resolve(await contextBy(published))).ok).toBe(true);
    expect(site.fetches).toEqual([JWKS_URL]);
  });

  it("does not fetch for a kid pinned in the configuration", async () => {
    const site = origin(json(createJwks([published.publicJwk])));
    expect((await site.resolve(await contextBy(pinned))).ok).toBe(true);
    expect(site.fetches).toEqual([]);
  });

  it("fetches again for an unknown kid at most once per interval (rotation)", async () => {
    let served = createJwks([published.publicJwk]);
    const site = origin(() => new Response(JSON.stringify(served)));
    expect((await site.resolve(await contextBy(published))).ok).toBe(true);
    served = createJwks([published.publicJwk, rotated.publicJwk]);
    site.later(JWKS_REFETCH_INTERVAL_MS - 1);
    // Too soon after the last fetch: the new kid is not known yet, and nothing is fetched.
    expect(await site.resolve(await contextBy(rotated))).toEqual({
      ok: false,
      code: "context_invalid",
    });
    expect(await site.resolve(await contextBy(stranger))).toEqual({
      ok: false,
      code: "context_invalid",
    });
    expect(site.fetches).toHaveLength(1);
    site.later(1);
    expect((await site.resolve(await contextBy(rotated))).ok).toBe(true);
    expect(site.fetches).toHaveLength(2);
    // An unknown kid right after that does not fetch again.
    expect(await site.resolve(await contextBy(stranger))).toEqual({
      ok: false,
      code: "context_invalid",
    });
    expect(site.fetches).toHaveLength(2);
  });

  it("keeps the keys it has when a later fetch fails", async () => {
    let up = true;
    const site = origin(() =>
      up
        ? new Response(JSON.stringify(createJwks([published.publicJwk])))
        : Promise.reject(new TypeError("down")),
    );
    expect((await site.resolve(await contextBy(published))).ok).toBe(true);
    up = false;
    site.later(JWKS_REFETCH_INTERVAL_MS);
    expect(await site.resolve(await contextBy(rotated))).toEqual({
      ok: false,
      code: "context_invalid",
    });
    expect((await site.resolve(await contextBy(published))).ok).toBe(true);
  });

  it("makes one fetch for lookups made while it runs", async () => {
    const site = origin(json(createJwks([published.publicJwk])));
    const tokens = await Promise.all([
      contextBy(published),
      contextBy(published),
      contextBy(published),
    ]);
    const results = await Promise.all(tokens.map((token) => site.resolve(token)));
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(site.fetches).toHaveLength(1);
  });

  it("reads only the public issuer keys of a document", () => {
    const document = {
      keys: [published.privateJwk, rotated.publicJwk, encryption.publicJwk, { kty: "EC" }],
    };
    expect(readIssuerJwks(JSON.stringify(document))).toEqual([signingMembers(rotated.publicJwk)]);
    expect(readIssuerJwks("null")).toBeNull();
    expect(readIssuerJwks(" ".repeat(70_000))).toBeNull();
  });
});

describe("the configuration's issuerJwks", () => {
  it.each([
    [{ frameOrigin: FRAME }, `${FRAME}/.well-known/jwks.json`],
    [{ frameOrigin: FRAME, path: "/keys/issuers.json" }, `${FRAME}/keys/issuers.json`],
  ])("names one URL on the frame origin: %j", (issuerJwks, url) => {
    const config = frameConfigSchema({ parentOrigins: [PAGE], issuerJwks });
    if (config === INVALID) throw new Error("invalid config");
    expect(config.issuerJwks && issuerJwksUrl(config.issuerJwks)).toBe(url);
    expect(frameCsp(config)).toContain(`connect-src ${url};`);
  });

  it("keeps connect-src 'none' without it", () => {
    expect(frameCsp({ parentOrigins: [PAGE] })).toContain("connect-src 'none';");
  });

  it.each([
    ["a path that is not absolute", { frameOrigin: FRAME, path: "jwks.json" }],
    ["a path with ..", { frameOrigin: FRAME, path: "/a/../jwks.json" }],
    ["a path with a query", { frameOrigin: FRAME, path: "/jwks.json?x=1" }],
    ["an origin with a path", { frameOrigin: `${FRAME}/x` }],
    ["a wildcard origin", { frameOrigin: "https://*.example" }],
  ])("refuses %s", (_name, issuerJwks) => {
    expect(frameConfigSchema({ parentOrigins: [PAGE], issuerJwks })).toBe(INVALID);
  });

  it("requires capture contexts, and fetches the set from the frame's own origin only", async () => {
    const fetches: string[] = [];
    const view = {
      fetch: async (input: RequestInfo | URL) => {
        fetches.push(String(input));
        return new Response(JSON.stringify(createJwks([published.publicJwk])));
      },
    };
    const config = frameConfigSchema({ parentOrigins: [PAGE], issuerJwks: { frameOrigin: FRAME } });
    if (config === INVALID) throw new Error("invalid config");
    const request = { parentOrigin: PAGE, now: NOW_SECONDS };
    const own = defaultKeySource(config, FRAME, view as Pick<Window, "fetch">);
    expect(await own.resolve(request)).toEqual({ ok: false, code: "context_required" });
    const token = await contextBy(published);
    expect((await own.resolve({ ...request, captureContext: token })).ok).toBe(true);
    const elsewhere = defaultKeySource(
      config,
      "https://other.example",
      view as Pick<Window, "fetch">,
    );
    expect(await elsewhere.resolve({ ...request, captureContext: token })).toEqual({
      ok: false,
      code: "key_unavailable",
    });
    expect(fetches).toEqual([JWKS_URL]);
  });
});

describe("serveFrameSite's JWK Set", () => {
  const dir = mkdtempSync(join(tmpdir(), "cardward-jwks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "issuer-keys.json");

  it("serves the file's public issuer keys, re-read at each request, never a private key", async () => {
    // A pasted private key is left out, not stripped: the file is a mistake to fix.
    writeFileSync(file, JSON.stringify({ keys: [published.privateJwk, rotated.publicJwk] }));
    const site = await serveFrameSite({ dir, headers: [["X-Test", "1"]], jwks: { file } });
    try {
      const url = `${site.origin}${DEFAULT_JWKS_PATH}`;
      const first = await fetch(url);
      expect(first.headers.get("content-type")).toBe("application/json");
      expect(first.headers.get("cache-control")).toBe("no-cache");
      expect(first.headers.get("x-test")).toBe("1");
      expect(await first.json()).toEqual({ keys: [signingMembers(rotated.publicJwk)] });
      writeFileSync(file, JSON.stringify(createJwks([published.publicJwk, rotated.publicJwk])));
      expect(await (await fetch(url)).json()).toEqual({
        keys: [signingMembers(published.publicJwk), signingMembers(rotated.publicJwk)],
      });
      writeFileSync(file, "not json");
      expect((await fetch(url)).status).toBe(500);
      expect((await fetch(`${site.origin}/issuer-keys.json`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});
