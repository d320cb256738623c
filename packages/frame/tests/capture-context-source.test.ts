import {
  createCaptureContext,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
} from "@cardward/server";
import { describe, expect, it } from "vitest";
import {
  captureContextKeySource,
  defaultKeySource,
  frameConfigSchema,
  type KeyErrorCode,
} from "../src/index";
import { INVALID } from "../src/protocol/schema";

const PAGE = "https://shop.example";
const FRAME = "https://frames.shop-cdn.example";
const NOW = new Date("2026-12-03T08:00:00Z");
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);
const HOUR_MS = 3_600_000;

const issuer = await generateSigningKeyPair({ kid: "issuer-1" });
const pageSigner = await generateSigningKeyPair({ kid: "issuer-1" });
const encryption = await generateEncryptionKeyPair({ kid: "enc-1" });

/** A context as the merchant's server (or, with `signingKey`, an attacker) would issue it. */
async function context(overrides: Partial<Parameters<typeof createCaptureContext>[0]> = {}) {
  const created = await createCaptureContext({
    signingKey: issuer.privateJwk,
    encryptionKey: encryption.publicJwk,
    audience: PAGE,
    frameOrigin: FRAME,
    now: NOW,
    ...overrides,
  });
  return created.token;
}

const source = () =>
  captureContextKeySource({ issuerKeys: [issuer.publicJwk], frameOrigin: FRAME });

const resolve = (captureContext: string | undefined, now = NOW_SECONDS) =>
  source().resolve({ parentOrigin: PAGE, captureContext, now });

describe("captureContextKeySource", () => {
  const refused: [string, () => Promise<string | undefined>, number, KeyErrorCode][] = [
    ["missing", async () => undefined, NOW_SECONDS, "context_required"],
    ["expired", () => context({ ttl: 300 }), NOW_SECONDS + 2 * 3600, "context_expired"],
    [
      "not yet valid",
      () => context({ now: new Date(NOW.getTime() + HOUR_MS) }),
      NOW_SECONDS,
      "context_expired",
    ],
    [
      "for another page",
      () => context({ audience: "https://evil.example" }),
      NOW_SECONDS,
      "context_audience",
    ],
    [
      "for another frame origin",
      () => context({ frameOrigin: "https://other-frames.example" }),
      NOW_SECONDS,
      "context_invalid",
    ],
    [
      "signed by the page",
      () => context({ signingKey: pageSigner.privateJwk }),
      NOW_SECONDS,
      "context_invalid",
    ],
    [
      "with a tampered signature",
      async () => `${(await context()).slice(0, -4)}AAAA`,
      NOW_SECONDS,
      "context_invalid",
    ],
    [
      "a bare key the page chose",
      async () => JSON.stringify(encryption.publicJwk),
      NOW_SECONDS,
      "context_invalid",
    ],
  ];

  it.each(refused)("refuses a context %s", async (_name, make, now, code) => {
    expect(await resolve(await make(), now)).toEqual({ ok: false, code });
  });

  it("gives the key inside a valid context, with its jti, aud, brands and BIN exposure", async () => {
    const token = await context({ brands: ["visa"], exposeBin: 6 });
    const resolved = await resolve(token);
    if (!resolved.ok) throw new Error(resolved.code);
    expect(resolved.key).toMatchObject({
      jwk: encryption.publicJwk,
      kid: "enc-1",
      aud: PAGE,
      acceptedBrands: ["visa"],
      exposeBin: 6,
    });
    expect(resolved.key.context?.token).toBe(token);
    expect(resolved.key.jti).toBe(resolved.key.context?.jti);
  });

  it("refuses a context once a card was sealed with it, and not before", async () => {
    const keys = source();
    const token = await context();
    const request = { parentOrigin: PAGE, captureContext: token, now: NOW_SECONDS };
    const first = await keys.resolve(request);
    if (!first.ok) throw new Error(first.code);
    expect((await keys.resolve(request)).ok).toBe(true);
    keys.consumed?.(first.key);
    expect(await keys.resolve(request)).toEqual({ ok: false, code: "context_used" });
    expect((await keys.resolve({ ...request, captureContext: await context() })).ok).toBe(true);
  });
});

describe("the frame configuration's issuerKeys", () => {
  const rsa = { kty: "RSA", n: "AQAB", e: "AQAB", kid: "k1" };

  it("makes capture contexts required, even with an encryptionKey configured", async () => {
    const config = frameConfigSchema({
      parentOrigins: [PAGE],
      encryptionKey: rsa,
      issuerKeys: [issuer.publicJwk],
    });
    if (config === INVALID) throw new Error("invalid config");
    const keys = defaultKeySource(config, FRAME);
    expect(await keys.resolve({ parentOrigin: PAGE, now: NOW_SECONDS })).toEqual({
      ok: false,
      code: "context_required",
    });
    expect(
      (
        await keys.resolve({
          parentOrigin: PAGE,
          captureContext: await context(),
          now: NOW_SECONDS,
        })
      ).ok,
    ).toBe(true);
  });

  it.each([
    ["a private issuer key", { parentOrigins: [PAGE], issuerKeys: [issuer.privateJwk] }],
    ["an RSA issuer key", { parentOrigins: [PAGE], issuerKeys: [rsa] }],
    ["neither issuerKeys nor encryptionKey", { parentOrigins: [PAGE] }],
  ])("refuses a configuration with %s", (_name, input) => {
    expect(frameConfigSchema(input)).toBe(INVALID);
  });
});
