import { beforeAll, describe, expect, it } from "vitest";
import {
  type CardwardServerErrorCode,
  type VerifyCaptureContextOptions,
  verifyCaptureContext,
} from "../src/frame";
import { createJwks } from "../src/index";
import {
  baseClaims,
  expectCode,
  FRAME,
  type Keys,
  makeContext,
  makeKeys,
  NOW,
  NOW_SECONDS,
  PAGE,
  signClaims,
} from "./fixtures";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

function frameOptions(
  overrides: Partial<VerifyCaptureContextOptions> = {},
): VerifyCaptureContextOptions {
  return {
    issuerKeys: { keys: [keys.signing.publicJwk] },
    pageOrigin: PAGE,
    frameOrigin: FRAME,
    now: NOW,
    ...overrides,
  };
}

function at(secondsFromNow: number): Date {
  return new Date((NOW_SECONDS + secondsFromNow) * 1000);
}

describe("verifyCaptureContext (the frame's check)", () => {
  it("returns the encryption key and the claims the frame copies into the plaintext", async () => {
    const token = await makeContext(keys, { brands: ["visa", "mastercard"] });
    const context = await verifyCaptureContext(token, frameOptions());
    expect(context).toMatchObject({
      token,
      aud: PAGE,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 900,
      frameOrigin: FRAME,
      brands: ["visa", "mastercard"],
      exposeBin: false,
    });
    expect(context.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.encryptionKey).toEqual(keys.encryption.publicJwk);
  });

  it("accepts the issuer keys as a list or as a JWK Set, and picks the key by kid", async () => {
    const token = await makeContext(keys);
    const other = keys.pageSigning.publicJwk;
    const asList = frameOptions({ issuerKeys: [other, keys.signing.publicJwk] });
    await expect(verifyCaptureContext(token, asList)).resolves.toMatchObject({ aud: PAGE });
    const asSet = frameOptions({ issuerKeys: createJwks([keys.signing.privateJwk]) });
    await expect(verifyCaptureContext(token, asSet)).resolves.toMatchObject({ aud: PAGE });
  });

  it("reads the device clock with 5 minutes of leeway by default, none when told", async () => {
    const token = await makeContext(keys);
    await expect(
      verifyCaptureContext(token, frameOptions({ now: at(900 + 299) })),
    ).resolves.toBeDefined();
    await expectCode(verifyCaptureContext(token, frameOptions({ now: at(900 + 300) })), "expired");
    await expect(
      verifyCaptureContext(token, frameOptions({ now: at(-300) })),
    ).resolves.toBeDefined();
    await expectCode(verifyCaptureContext(token, frameOptions({ now: at(-301) })), "not_yet_valid");
    await expectCode(
      verifyCaptureContext(token, frameOptions({ now: at(900), clockTolerance: 0 })),
      "expired",
    );
    await expect(
      verifyCaptureContext(token, frameOptions({ now: at(899), clockTolerance: 0 })),
    ).resolves.toBeDefined();
  });
});

interface RefusalCase {
  readonly name: string;
  readonly code: CardwardServerErrorCode;
  readonly make: () => Promise<{ token: string; options?: Partial<VerifyCaptureContextOptions> }>;
}

async function signed(change: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return {
    token: await signClaims({ ...baseClaims(keys), ...change }, keys.signing.privateJwk, header),
  };
}

const REFUSALS: readonly RefusalCase[] = [
  {
    name: "a context the page signed with its own key under the server's kid",
    code: "bad_signature",
    make: async () => ({
      token: await signClaims(baseClaims(keys), { ...keys.pageSigning.privateJwk, kid: "sig-1" }),
    }),
  },
  {
    name: "a context the page signed with its own key and kid",
    code: "unknown_kid",
    make: async () => ({ token: await signClaims(baseClaims(keys), keys.pageSigning.privateJwk) }),
  },
  {
    name: "a context with a flipped signature character",
    code: "bad_signature",
    make: async () => {
      const token = await makeContext(keys);
      const [header, payload, signature = ""] = token.split(".");
      const swapped = (signature[10] === "A" ? "B" : "A") + signature.slice(11);
      return { token: [header, payload, signature.slice(0, 10) + swapped].join(".") };
    },
  },
  {
    name: "a context whose payload was swapped for another's (claims re-encoded)",
    code: "bad_signature",
    make: async () => {
      const [header, , signature] = (await makeContext(keys)).split(".");
      const payload = Buffer.from(JSON.stringify({ ...baseClaims(keys), aud: PAGE })).toString(
        "base64url",
      );
      return { token: [header, payload, signature].join(".") };
    },
  },
  {
    name: "a context for another page",
    code: "wrong_audience",
    make: async () => ({
      token: await makeContext(keys),
      options: { pageOrigin: "https://evil.example" },
    }),
  },
  {
    name: "a context for another frame origin",
    code: "wrong_frame_origin",
    make: async () => signed({ frame_origin: "https://other-frames.example" }),
  },
  {
    name: "an expired context",
    code: "expired",
    make: async () => ({ token: await makeContext(keys), options: { now: at(1800) } }),
  },
  {
    name: "a context living longer than an hour",
    code: "malformed",
    make: async () => signed({ exp: NOW_SECONDS + 3601 }),
  },
  {
    name: "a context whose exp precedes its iat",
    code: "malformed",
    make: async () => signed({ exp: NOW_SECONDS - 1 }),
  },
  {
    name: "a context carrying a private RSA key",
    code: "private_key",
    make: async () => signed({ enc_jwk: keys.encryption.privateJwk }),
  },
  {
    name: "a context carrying a symmetric key",
    code: "private_key",
    make: async () => signed({ enc_jwk: { kty: "oct", k: "c2VjcmV0", kid: "k", alg: "A256KW" } }),
  },
  {
    name: "a context carrying a 1024-bit RSA key",
    code: "malformed",
    make: async () => {
      const { n, ...rest } = keys.encryption.publicJwk;
      return signed({ enc_jwk: { ...rest, n: String(n).slice(0, 171) } });
    },
  },
  {
    name: "a context whose key has no kid",
    code: "malformed",
    make: async () => signed({ enc_jwk: { ...keys.encryption.publicJwk, kid: undefined } }),
  },
  {
    name: "a context whose key is for RSA1_5",
    code: "malformed",
    make: async () => signed({ enc_jwk: { ...keys.encryption.publicJwk, alg: "RSA1_5" } }),
  },
  {
    name: "a context without jti",
    code: "malformed",
    make: async () => signed({ jti: undefined }),
  },
  {
    name: "a context with a string exp",
    code: "malformed",
    make: async () => signed({ exp: "soon" }),
  },
  {
    name: "a context without enc_jwk",
    code: "malformed",
    make: async () => signed({ enc_jwk: undefined }),
  },
  {
    name: "a context with expose_bin 4",
    code: "malformed",
    make: async () => signed({ expose_bin: 4 }),
  },
  {
    name: "a context with brands not a list",
    code: "malformed",
    make: async () => signed({ brands: "visa" }),
  },
  {
    name: "a context of version 2",
    code: "unsupported_version",
    make: async () => signed({ ver: 2 }),
  },
  {
    name: "a JWT of another type signed by the same key",
    code: "unsupported_version",
    make: async () => signed({}, { typ: "JWT" }),
  },
  {
    name: "a context with alg none",
    code: "unsupported_algorithm",
    make: async () => {
      const header = Buffer.from(
        JSON.stringify({ alg: "none", kid: "sig-1", typ: "cardward-capture-context+jwt" }),
      );
      const payload = Buffer.from(JSON.stringify(baseClaims(keys)));
      return { token: `${header.toString("base64url")}.${payload.toString("base64url")}.` };
    },
  },
  {
    name: "issuer keys that include a private key",
    code: "private_key",
    make: async () => ({
      token: await makeContext(keys),
      options: { issuerKeys: [keys.signing.privateJwk] },
    }),
  },
  {
    name: "an issuer key pinned for another alg than the context's",
    code: "bad_signature",
    make: async () => ({
      token: await makeContext(keys),
      options: { issuerKeys: [{ ...keys.signing.publicJwk, alg: "EdDSA" }] },
    }),
  },
  { name: "a string that is not a JWS", code: "malformed", make: async () => ({ token: "hello" }) },
  {
    name: "a context over 8 KB, even if well signed",
    code: "malformed",
    make: async () => signed({ padding: "x".repeat(8192) }),
  },
  {
    name: "a JWS whose header is not JSON",
    code: "malformed",
    make: async () => ({ token: "e30x.e30.e30" }),
  },
];

describe("verifyCaptureContext refuses", () => {
  it.each(REFUSALS)("$name: $code", async ({ code, make }) => {
    const { token, options } = await make();
    await expectCode(verifyCaptureContext(token, frameOptions(options)), code);
  });
});
