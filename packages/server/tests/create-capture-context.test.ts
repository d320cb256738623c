import { decodeProtectedHeader } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CardwardServerErrorCode,
  type CreateCaptureContextOptions,
  createCaptureContext,
  MAX_TTL_SECONDS,
} from "../src/index";
import {
  expectCode,
  FRAME,
  type Keys,
  makeKeys,
  NOW,
  NOW_SECONDS,
  PAGE,
  withoutKid,
} from "./fixtures";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

function options(
  overrides: Partial<CreateCaptureContextOptions> = {},
): CreateCaptureContextOptions {
  return {
    signingKey: keys.signing.privateJwk,
    encryptionKey: keys.encryption.publicJwk,
    audience: PAGE,
    frameOrigin: FRAME,
    now: NOW,
    ...overrides,
  };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
}

describe("createCaptureContext", () => {
  it("signs the documented claims with an explicit type and the signing key's kid", async () => {
    const context = await createCaptureContext(options({ brands: ["visa"], exposeBin: 6 }));
    expect(decodeProtectedHeader(context.token)).toEqual({
      alg: "ES256",
      kid: "sig-1",
      typ: "cardward-capture-context+jwt",
    });
    expect(claimsOf(context.token)).toEqual({
      ver: 1,
      jti: context.jti,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 900,
      aud: PAGE,
      frame_origin: FRAME,
      enc_jwk: keys.encryption.publicJwk,
      brands: ["visa"],
      expose_bin: 6,
    });
    expect(context.issuedAt).toEqual(NOW);
    expect(context.expiresAt).toEqual(new Date(NOW.getTime() + 900_000));
  });

  it("gives every context its own jti and leaves optional claims out by default", async () => {
    const [first, second] = await Promise.all([
      createCaptureContext(options()),
      createCaptureContext(options()),
    ]);
    expect(first.jti).not.toBe(second.jti);
    expect(Object.keys(claimsOf(first.token)).sort()).toEqual([
      "aud",
      "enc_jwk",
      "exp",
      "frame_origin",
      "iat",
      "jti",
      "ver",
    ]);
  });

  it("puts only the public members of the encryption key in the context", async () => {
    const withExtras = { ...keys.encryption.publicJwk, key_ops: ["encrypt"], ext: true };
    const { token } = await createCaptureContext(options({ encryptionKey: withExtras }));
    expect(claimsOf(token).enc_jwk).toEqual(keys.encryption.publicJwk);
  });

  it.each([60, 900, MAX_TTL_SECONDS])("accepts a ttl of %i seconds", async (ttl) => {
    const { token } = await createCaptureContext(options({ ttl }));
    expect(claimsOf(token).exp).toBe(NOW_SECONDS + ttl);
  });

  it("reads the clock from a function when given one", async () => {
    const { issuedAt } = await createCaptureContext(
      options({ now: () => new Date("2030-01-01T00:00:00Z") }),
    );
    expect(issuedAt.toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });
});

const REFUSED: readonly [
  string,
  CardwardServerErrorCode,
  () => Partial<CreateCaptureContextOptions>,
][] = [
  [
    "a private encryption key",
    "private_key",
    () => ({ encryptionKey: keys.encryption.privateJwk }),
  ],
  ["a public signing key", "invalid_option", () => ({ signingKey: keys.signing.publicJwk })],
  [
    "a signing key without kid",
    "invalid_option",
    () => ({ signingKey: withoutKid(keys.signing.privateJwk) }),
  ],
  [
    "a signing key for RS256",
    "invalid_option",
    () => ({ signingKey: { ...keys.signing.privateJwk, alg: "RS256" } }),
  ],
  [
    "a symmetric signing key",
    "invalid_option",
    () => ({ signingKey: { kty: "oct", k: "c2VjcmV0", kid: "h", alg: "HS256" } }),
  ],
  [
    "a signing key whose material is broken",
    "invalid_option",
    () => ({ signingKey: { ...keys.signing.privateJwk, d: "AAAA" } }),
  ],
  [
    "an encryption key without kid",
    "invalid_option",
    () => ({ encryptionKey: withoutKid(keys.encryption.publicJwk) }),
  ],
  [
    "an encryption key for RSA-OAEP (SHA-1)",
    "invalid_option",
    () => ({ encryptionKey: { ...keys.encryption.publicJwk, alg: "RSA-OAEP" } }),
  ],
  ["a ttl of 0", "invalid_option", () => ({ ttl: 0 })],
  ["a ttl of 59 seconds", "invalid_option", () => ({ ttl: 59 })],
  ["a ttl over an hour", "invalid_option", () => ({ ttl: MAX_TTL_SECONDS + 1 })],
  ["a fractional ttl", "invalid_option", () => ({ ttl: 90.5 })],
  [
    "an audience with a path",
    "invalid_option",
    () => ({ audience: "https://shop.example/checkout" }),
  ],
  [
    "an audience with a trailing slash",
    "invalid_option",
    () => ({ audience: "https://shop.example/" }),
  ],
  ["an http audience off localhost", "invalid_option", () => ({ audience: "http://shop.example" })],
  [
    "a frame origin on a .test host over http",
    "invalid_option",
    () => ({ frameOrigin: "http://frames.test" }),
  ],
  ["a frame origin that is not a URL", "invalid_option", () => ({ frameOrigin: "frames" })],
  ["the null origin", "invalid_option", () => ({ audience: "null" })],
  ["an unknown brand", "invalid_option", () => ({ brands: ["visa", "bogus"] as never })],
  ["an empty brand list", "invalid_option", () => ({ brands: [] })],
  ["a BIN of 4 digits", "invalid_option", () => ({ exposeBin: 4 as never })],
];

describe("createCaptureContext refuses", () => {
  it.each(REFUSED)("%s: %s", async (_name, code, change) => {
    await expectCode(createCaptureContext(options(change())), code);
  });

  it.each([
    "http://localhost:5173",
    "http://127.0.0.1:5174",
    "http://shop.localhost",
    "https://[::1]",
  ])("accepts the secure-context origin %s", async (origin) => {
    await expect(
      createCaptureContext(options({ audience: origin, frameOrigin: origin })),
    ).resolves.toBeDefined();
  });
});
