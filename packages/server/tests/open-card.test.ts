import { Sensitive } from "@cardward/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CardwardServerErrorCode,
  generateEncryptionKeyPair,
  type OpenCardOptions,
  openCard,
  type ReplayStore,
} from "../src/index";
import {
  baseClaims,
  CARD,
  expectCode,
  expectNoCardData,
  FRAME,
  jtiOf,
  type Keys,
  makeContext,
  makeKeys,
  NOW,
  NOW_SECONDS,
  openOptions,
  PAGE,
  plaintextFor,
  sealWithJose,
  signClaims,
} from "./fixtures";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

/** Replaces one character of a compact token's part `index` (a flipped bit on the wire). */
function flip(token: string, index: number): string {
  const parts = token.split(".");
  const part = parts[index] ?? "";
  const middle = Math.floor(part.length / 2);
  const swapped = part[middle] === "A" ? "B" : "A";
  parts[index] = part.slice(0, middle) + swapped + part.slice(middle + 1);
  return parts.join(".");
}

async function sealed(context?: string): Promise<string> {
  const token = context ?? (await makeContext(keys));
  return sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token);
}

describe("openCard opens what the frame sealed", () => {
  it("returns the card, its brand and last four, the CVC as a Sensitive, and the context", async () => {
    const token = await makeContext(keys);
    const { card, context } = await openCard(await sealed(token), openOptions(keys));
    expect(card).toMatchObject({
      pan: CARD.pan,
      expMonth: 3,
      expYear: 2030,
      name: CARD.name,
      postalCode: CARD.postalCode,
      brand: "visa",
      last4: "4242",
    });
    expect(card.cvc).toBeInstanceOf(Sensitive);
    expect(card.cvc.reveal()).toBe(CARD.cvc);
    expect(JSON.stringify(card)).not.toContain(CARD.cvc);
    expect(context).toEqual({
      jti: jtiOf(token),
      audience: PAGE,
      issuedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 900_000),
    });
  });

  it("leaves name and postal code out when the form had no such fields", async () => {
    const token = await makeContext(keys);
    const { pan, cvc, expMonth, expYear } = CARD;
    const plaintext = { pan, cvc, expMonth, expYear, jti: jtiOf(token), aud: PAGE, iat: 1 };
    const ciphertext = await sealWithJose(plaintext, keys.encryption.publicJwk, token);
    const { card } = await openCard(ciphertext, openOptions(keys));
    expect(card).not.toHaveProperty("name");
    expect(card).not.toHaveProperty("postalCode");
  });

  it("opens a card sealed to the next key during a rotation (key chosen by kid)", async () => {
    const { createCaptureContext } = await import("../src/index");
    const { token } = await createCaptureContext({
      signingKey: keys.signing.privateJwk,
      encryptionKey: keys.nextEncryption.publicJwk,
      audience: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const ciphertext = await sealWithJose(
      plaintextFor(token),
      keys.nextEncryption.publicJwk,
      token,
    );
    const { card } = await openCard(ciphertext, openOptions(keys));
    expect(card.last4).toBe("4242");
  });

  it("opens a card sealed with ECDH-ES on P-256 under an EdDSA-signed context", async () => {
    const { createCaptureContext, generateSigningKeyPair } = await import("../src/index");
    const signing = await generateSigningKeyPair({ alg: "EdDSA" });
    const encryption = await generateEncryptionKeyPair({ alg: "ECDH-ES" });
    const { token } = await createCaptureContext({
      signingKey: signing.privateJwk,
      encryptionKey: encryption.publicJwk,
      audience: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const ciphertext = await sealWithJose(plaintextFor(token), encryption.publicJwk, token);
    const options = openOptions(keys, {
      decryptionKeys: [encryption.privateJwk],
      issuerKeys: { keys: [signing.publicJwk] },
    });
    const { card } = await openCard(ciphertext, options);
    expect(card.pan).toBe(CARD.pan);
  });

  it("accepts any of several page origins, and the context's jti when it is the expected one", async () => {
    const token = await makeContext(keys);
    const options = openOptions(keys, {
      audience: ["https://other.example", PAGE],
      jti: jtiOf(token),
    });
    const { context } = await openCard(await sealed(token), options);
    expect(context.jti).toBe(jtiOf(token));
  });

  it("accepts a context up to its last second, and with clockTolerance a little after", async () => {
    const token = await makeContext(keys, { ttl: 60 });
    const lastSecond = new Date((NOW_SECONDS + 59) * 1000);
    await expect(
      openCard(await sealed(token), openOptions(keys, { now: lastSecond })),
    ).resolves.toBeDefined();
    const late = new Date((NOW_SECONDS + 70) * 1000);
    const lenient = openOptions(keys, { now: late, clockTolerance: 30 });
    await expect(openCard(await sealed(token), lenient)).resolves.toBeDefined();
  });
});

/** One way of getting openCard to refuse: the ciphertext and options to use. */
interface FailureCase {
  readonly name: string;
  readonly code: CardwardServerErrorCode;
  readonly make: () => Promise<{ ciphertext: string; options: OpenCardOptions }>;
}

async function withDefaults(
  ciphertext: Promise<string> | string,
  overrides: Partial<OpenCardOptions> = {},
) {
  return { ciphertext: await ciphertext, options: openOptions(keys, overrides) };
}

async function sealedPlaintext(change: Record<string, unknown>): Promise<string> {
  const token = await makeContext(keys);
  return sealWithJose({ ...plaintextFor(token), ...change }, keys.encryption.publicJwk, token);
}

const FAILURES: readonly FailureCase[] = [
  {
    name: "a context signed by a key the server did not issue under its kid (bad signature)",
    code: "bad_signature",
    make: async () => {
      const forged = await signClaims(baseClaims(keys), {
        ...keys.pageSigning.privateJwk,
        kid: "sig-1",
      });
      return withDefaults(sealWithJose(plaintextFor(forged), keys.encryption.publicJwk, forged));
    },
  },
  {
    name: "a context the page signed with its own key and kid",
    code: "unknown_kid",
    make: async () => {
      const forged = await signClaims(baseClaims(keys), keys.pageSigning.privateJwk);
      return withDefaults(sealWithJose(plaintextFor(forged), keys.encryption.publicJwk, forged));
    },
  },
  {
    name: "a context for another page origin",
    code: "wrong_audience",
    make: async () => withDefaults(sealed(), { audience: "https://evil.example" }),
  },
  {
    name: "a plaintext whose aud is not the context's",
    code: "wrong_audience",
    make: async () => withDefaults(sealedPlaintext({ aud: "https://evil.example" })),
  },
  {
    name: "an expired context (at exp exactly)",
    code: "expired",
    make: async () => withDefaults(sealed(), { now: new Date((NOW_SECONDS + 900) * 1000) }),
  },
  {
    name: "a context issued in the future",
    code: "not_yet_valid",
    make: async () => withDefaults(sealed(), { now: new Date((NOW_SECONDS - 60) * 1000) }),
  },
  {
    name: "a ciphertext whose kid no decryption key has",
    code: "unknown_kid",
    make: async () => withDefaults(sealed(), { decryptionKeys: [keys.nextEncryption.privateJwk] }),
  },
  {
    name: "a card sealed to a key the server holds but the context did not name",
    code: "wrong_key",
    make: async () => {
      const token = await makeContext(keys);
      return withDefaults(sealWithJose(plaintextFor(token), keys.nextEncryption.publicJwk, token));
    },
  },
  {
    name: "a decryption key under the context's kid that is other key material",
    code: "wrong_key",
    make: async () => {
      const impostor = await generateEncryptionKeyPair({ kid: "enc-1" });
      return withDefaults(sealed(), { decryptionKeys: [impostor.privateJwk] });
    },
  },
  {
    name: "a ciphertext with a flipped character in its encrypted content",
    code: "tampered",
    make: async () => withDefaults(flip(await sealed(), 3)),
  },
  {
    name: "a ciphertext with a flipped character in its authentication tag",
    code: "tampered",
    make: async () => withDefaults(flip(await sealed(), 4)),
  },
  {
    name: "a ciphertext with a flipped character in its wrapped key",
    code: "tampered",
    make: async () => withDefaults(flip(await sealed(), 1)),
  },
  {
    name: "a ciphertext whose protected header was re-encoded with an extra member",
    code: "tampered",
    make: async () => {
      const [header, ...rest] = (await sealed()).split(".");
      const decoded: unknown = JSON.parse(Buffer.from(header ?? "", "base64url").toString());
      const altered = Buffer.from(JSON.stringify({ ...Object(decoded), extra: 1 })).toString(
        "base64url",
      );
      return withDefaults([altered, ...rest].join("."));
    },
  },
  {
    name: "a plaintext sealed for another context's jti",
    code: "context_mismatch",
    make: async () => withDefaults(sealedPlaintext({ jti: "another-jti" })),
  },
  {
    name: "a context other than the one the server issued for this checkout",
    code: "context_mismatch",
    make: async () => withDefaults(sealed(), { jti: "the-checkout-jti" }),
  },
  {
    name: "a brand the context does not accept",
    code: "unsupported_brand",
    make: async () => {
      const token = await makeContext(keys, { brands: ["mastercard"] });
      return withDefaults(sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token));
    },
  },
  {
    name: "a context carrying a private key",
    code: "private_key",
    make: async () => {
      const claims = { ...baseClaims(keys), enc_jwk: keys.encryption.privateJwk };
      const token = await signClaims(claims, keys.signing.privateJwk);
      return withDefaults(sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token));
    },
  },
  {
    name: "a ciphertext encrypted with A128GCM",
    code: "unsupported_algorithm",
    make: async () => {
      const token = await makeContext(keys);
      return withDefaults(
        sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token, { enc: "A128GCM" }),
      );
    },
  },
  {
    name: "a ciphertext without the context in its header",
    code: "malformed",
    make: async () => {
      const token = await makeContext(keys);
      return withDefaults(
        sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token, { ctx: undefined }),
      );
    },
  },
  {
    name: "a string that is not a JWE",
    code: "malformed",
    make: async () => withDefaults("not.a.jwe"),
  },
  { name: "five empty parts", code: "malformed", make: async () => withDefaults("....") },
  {
    name: "a ciphertext over 16 KB, even if well sealed",
    code: "malformed",
    make: async () => {
      const token = await makeContext(keys);
      const padding = { pad: "x".repeat(16_384) };
      return withDefaults(
        sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token, padding),
      );
    },
  },
  {
    name: "a context that is not a JWS",
    code: "malformed",
    make: async () => {
      const token = await makeContext(keys);
      return withDefaults(
        sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token, { ctx: "garbage" }),
      );
    },
  },
];

const MALFORMED_PLAINTEXTS: readonly [string, Record<string, unknown>][] = [
  ["a number with letters", { pan: "4242abcd42424242" }],
  ["a number too short", { pan: "42424242424" }],
  ["a number as a JSON number", { pan: 4242424242424242 }],
  ["full-width digits", { pan: "４２４２４２４２４２４２４２４２" }],
  ["a CVC of five digits", { cvc: "53091" }],
  ["a CVC missing", { cvc: undefined }],
  ["month 13", { expMonth: 13 }],
  ["month 0", { expMonth: 0 }],
  ["a two-digit year", { expYear: 30 }],
  ["a year as a string", { expYear: "2030" }],
  ["a name that is not a string", { name: 42 }],
  ["a name of 201 characters", { name: "a".repeat(201) }],
  ["no jti", { jti: undefined }],
  ["a fractional iat", { iat: 1.5 }],
];

describe("openCard refuses", () => {
  it.each(FAILURES)("$name: $code", async ({ code, make }) => {
    const { ciphertext, options } = await make();
    const error = await expectCode(openCard(ciphertext, options), code);
    expectNoCardData(error);
  });

  it.each(MALFORMED_PLAINTEXTS)("a plaintext with %s: malformed", async (_name, change) => {
    const ciphertext = await sealedPlaintext(change);
    const error = await expectCode(openCard(ciphertext, openOptions(keys)), "malformed");
    expectNoCardData(error, { ...CARD, ...change });
  });

  it("a plaintext that is not JSON, without quoting it", async () => {
    const { CompactEncrypt, importJWK } = await import("jose");
    const token = await makeContext(keys);
    const text = `{"pan":"${CARD.pan}","cvc":"${CARD.cvc}"`;
    const ciphertext = await new CompactEncrypt(new TextEncoder().encode(text))
      .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", kid: "enc-1", ctx: token })
      .encrypt(await importJWK(keys.encryption.publicJwk, "RSA-OAEP-256"));
    const error = await expectCode(openCard(ciphertext, openOptions(keys)), "malformed");
    expectNoCardData(error);
  });

  it("a second card for the same context (replayed), after accepting the first", async () => {
    const token = await makeContext(keys);
    const options = openOptions(keys);
    await openCard(await sealed(token), options);
    const error = await expectCode(openCard(await sealed(token), options), "replayed");
    expectNoCardData(error);
  });

  it("nothing when the replay store fails, and says so without the store's error", async () => {
    const failing: ReplayStore = {
      consume: () => Promise.reject(new Error(`store down ${CARD.pan}`)),
    };
    const error = await expectCode(
      openCard(await sealed(), openOptions(keys, { replayStore: failing })),
      "replay_store_failed",
    );
    expectNoCardData(error);
  });
});

describe("openCard consumes a context only for a card it accepts", () => {
  it("a tampered attempt leaves the context usable for the genuine card", async () => {
    const token = await makeContext(keys);
    const options = openOptions(keys);
    await expectCode(openCard(flip(await sealed(token), 3), options), "tampered");
    await expectCode(openCard(await sealedPlaintext({ jti: "x" }), options), "context_mismatch");
    await expect(openCard(await sealed(token), options)).resolves.toBeDefined();
  });

  it("records the jti until the context's exp (plus tolerance)", async () => {
    const calls: [string, Date][] = [];
    const recording: ReplayStore = {
      consume: async (jti, expiresAt) => {
        calls.push([jti, expiresAt]);
        return true;
      },
    };
    const token = await makeContext(keys);
    await openCard(
      await sealed(token),
      openOptions(keys, { replayStore: recording, clockTolerance: 5 }),
    );
    expect(calls).toEqual([[jtiOf(token), new Date((NOW_SECONDS + 905) * 1000)]]);
  });
});
