import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { configKeySource, encryptCard } from "../src/index";

const CARD = {
  pan: "4242424242424242",
  cvc: "123",
  expMonth: 12,
  expYear: 2030,
  iat: 1,
  aud: "https://shop.example",
};

async function keyPair() {
  const { publicKey, privateKey } = await generateKeyPair("RSA-OAEP-256", { extractable: true });
  return { jwk: await exportJWK(publicKey), privateKey };
}

describe("encryptCard", () => {
  it("encrypts to the configured key: RSA-OAEP-256 + A256GCM, with its kid", async () => {
    const { jwk, privateKey } = await keyPair();
    const source = configKeySource({
      encryptionKey: { kty: "RSA", n: jwk.n as string, e: jwk.e as string, kid: "k1" },
    });
    const resolved = await source.resolve({
      parentOrigin: "https://shop.example",
      captureContext: "ignored",
      now: 1,
    });
    if (!resolved.ok) throw new Error(resolved.code);
    expect(resolved.key.aud).toBe("https://shop.example");
    const jwe = await encryptCard(CARD, resolved.key);
    expect(decodeProtectedHeader(jwe)).toMatchObject({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      kid: "k1",
    });
    const { plaintext } = await compactDecrypt(jwe, privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(CARD);
  });

  it("cannot be opened with another key", async () => {
    const mine = await keyPair();
    const other = await keyPair();
    const jwe = await encryptCard(CARD, { jwk: mine.jwk, aud: CARD.aud });
    await expect(compactDecrypt(jwe, other.privateKey)).rejects.toThrow();
  });
});
