// Interop with plain jose both ways, and a fast-check round trip: what a frame written with jose
// alone seals, openCard opens; what createCaptureContext signs, jose alone verifies.
import { detectBrand } from "@cardward/core";
import fc from "fast-check";
import { compactDecrypt, createLocalJWKSet, importJWK, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createCaptureContext,
  generateEncryptionKeyPair,
  openCard,
  sealCard,
  verifyCaptureContext,
} from "../src/index";
import {
  FRAME,
  jtiOf,
  type Keys,
  makeContext,
  makeKeys,
  NOW,
  NOW_SECONDS,
  openOptions,
  PAGE,
  sealWithJose,
} from "./fixtures";

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

describe("interop with plain jose", () => {
  it("a context made here verifies with jose's jwtVerify against the JWK Set", async () => {
    const { token, jti } = await createCaptureContext({
      signingKey: keys.signing.privateJwk,
      encryptionKey: keys.encryption.publicJwk,
      audience: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const { payload, protectedHeader } = await jwtVerify(
      token,
      createLocalJWKSet({ keys: [keys.signing.publicJwk] }),
      {
        audience: PAGE,
        typ: "cardward-capture-context+jwt",
        currentDate: NOW,
        algorithms: ["ES256"],
      },
    );
    expect(protectedHeader.kid).toBe("sig-1");
    expect(payload).toMatchObject({ jti, aud: PAGE, iat: NOW_SECONDS, exp: NOW_SECONDS + 900 });
    expect(payload.enc_jwk).toEqual(keys.encryption.publicJwk);
  });

  it("a card sealed with jose's CompactEncrypt opens with openCard", async () => {
    const token = await makeContext(keys);
    const plaintext = {
      pan: "5555555555554444",
      cvc: "123",
      expMonth: 12,
      expYear: 2031,
      jti: jtiOf(token),
      aud: PAGE,
      iat: 0,
    };
    const { card } = await openCard(
      await sealWithJose(plaintext, keys.encryption.publicJwk, token),
      openOptions(keys),
    );
    expect(card).toMatchObject({ pan: "5555555555554444", brand: "mastercard", last4: "4444" });
  });

  it("a card sealed by sealCard decrypts with jose's compactDecrypt to the documented plaintext", async () => {
    const token = await makeContext(keys);
    const context = await verifyCaptureContext(token, {
      issuerKeys: [keys.signing.publicJwk],
      pageOrigin: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const card = {
      pan: "378282246310005",
      cvc: "1234",
      expMonth: 1,
      expYear: 2029,
      postalCode: "94107",
    };
    const ciphertext = await sealCard(card, context, { now: new Date((NOW_SECONDS + 30) * 1000) });
    const key = await importJWK(keys.encryption.privateJwk, "RSA-OAEP-256");
    const { plaintext, protectedHeader } = await compactDecrypt(ciphertext, key);
    expect(protectedHeader).toEqual({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      kid: "enc-1",
      ctx: token,
    });
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual({
      ...card,
      jti: context.jti,
      aud: PAGE,
      iat: NOW_SECONDS + 30,
    });
    const { card: opened } = await openCard(ciphertext, openOptions(keys));
    expect(opened).toMatchObject({ brand: "american-express", last4: "0005", postalCode: "94107" });
  });
});

describe("sealCard", () => {
  it("refuses a context whose key cannot seal (no kid, or an algorithm outside the allowlist)", async () => {
    const token = await makeContext(keys);
    const context = await verifyCaptureContext(token, {
      issuerKeys: [keys.signing.publicJwk],
      pageOrigin: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const card = { pan: "4242424242424242", cvc: "123", expMonth: 1, expYear: 2030 };
    const { kid: _kid, ...keyWithoutKid } = context.encryptionKey;
    for (const encryptionKey of [
      keyWithoutKid,
      { ...context.encryptionKey, alg: "RSA1_5" as const },
    ]) {
      await expect(sealCard(card, { ...context, encryptionKey })).rejects.toMatchObject({
        code: "malformed",
      });
    }
  });

  it("seals to an ECDH-ES key when the context names one, and openCard opens it", async () => {
    const encryption = await generateEncryptionKeyPair({ alg: "ECDH-ES", kid: "enc-ec" });
    const { token } = await createCaptureContext({
      signingKey: keys.signing.privateJwk,
      encryptionKey: encryption.publicJwk,
      audience: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const context = await verifyCaptureContext(token, {
      issuerKeys: [keys.signing.publicJwk],
      pageOrigin: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const ciphertext = await sealCard(
      { pan: "6011111111111117", cvc: "321", expMonth: 7, expYear: 2032 },
      context,
      { now: NOW },
    );
    const options = openOptions(keys, { decryptionKeys: [encryption.privateJwk] });
    const { card } = await openCard(ciphertext, options);
    expect(card).toMatchObject({ brand: "discover", last4: "1117", expMonth: 7, expYear: 2032 });
  });

  it("seals only the card's own members", async () => {
    const token = await makeContext(keys);
    const context = await verifyCaptureContext(token, {
      issuerKeys: [keys.signing.publicJwk],
      pageOrigin: PAGE,
      frameOrigin: FRAME,
      now: NOW,
    });
    const card = { pan: "4242424242424242", cvc: "123", expMonth: 1, expYear: 2030, extra: "x" };
    const ciphertext = await sealCard(card, context, { now: NOW });
    const { plaintext } = await compactDecrypt(
      ciphertext,
      await importJWK(keys.encryption.privateJwk, "RSA-OAEP-256"),
    );
    expect(Object.keys(JSON.parse(new TextDecoder().decode(plaintext))).sort()).toEqual([
      "aud",
      "cvc",
      "expMonth",
      "expYear",
      "iat",
      "jti",
      "pan",
    ]);
  });
});

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max })
    .map((list) => list.join(""));

const cardArbitrary = fc.record(
  {
    pan: digits(12, 19),
    cvc: digits(3, 4),
    expMonth: fc.integer({ min: 1, max: 12 }),
    expYear: fc.integer({ min: 1000, max: 9999 }),
    name: fc.string({ unit: "binary", maxLength: 100 }),
    postalCode: fc.string({ maxLength: 32 }),
  },
  { requiredKeys: ["pan", "cvc", "expMonth", "expYear"] },
);

describe("round trip of random cards", () => {
  it("whatever card the frame seals with jose, openCard returns it exactly, once", async () => {
    await fc.assert(
      fc.asyncProperty(cardArbitrary, async (card) => {
        const token = await makeContext(keys);
        const plaintext = { ...card, jti: jtiOf(token), aud: PAGE, iat: NOW_SECONDS };
        const ciphertext = await sealWithJose(plaintext, keys.encryption.publicJwk, token);
        const options = openOptions(keys);
        const { card: opened } = await openCard(ciphertext, options);
        const { cvc, brand, last4, ...rest } = opened;
        expect(rest).toEqual(withoutCvc(card));
        expect(brand).toBe(detectBrand(card.pan)?.id ?? null);
        expect(cvc.reveal()).toBe(card.cvc);
        expect(last4).toBe(card.pan.slice(-4));
        await expect(openCard(ciphertext, options)).rejects.toMatchObject({ code: "replayed" });
      }),
      { numRuns: 60 },
    );
  });
});

function withoutCvc<T extends { cvc: string }>(card: T): Omit<T, "cvc"> {
  const { cvc: _cvc, ...rest } = card;
  return rest;
}
