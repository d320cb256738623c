import { calculateJwkThumbprint } from "jose";
import { describe, expect, it } from "vitest";
import {
  createJwks,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
  isPrivateJwk,
  toPublicJwk,
} from "../src/index";
import { expectCode, withoutKid } from "./fixtures";

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "k"];

describe("key helpers", () => {
  it.each([
    [
      "ES256 signing",
      () => generateSigningKeyPair(),
      { kty: "EC", crv: "P-256", alg: "ES256", use: "sig" },
    ],
    [
      "EdDSA signing",
      () => generateSigningKeyPair({ alg: "EdDSA" }),
      { kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" },
    ],
    [
      "RSA-OAEP-256 encryption",
      () => generateEncryptionKeyPair(),
      { kty: "RSA", alg: "RSA-OAEP-256", use: "enc" },
    ],
    [
      "ECDH-ES encryption",
      () => generateEncryptionKeyPair({ alg: "ECDH-ES" }),
      { kty: "EC", crv: "P-256", alg: "ECDH-ES", use: "enc" },
    ],
  ] as const)(
    "generates a %s pair with kid = the public key's thumbprint",
    async (_name, generate, shape) => {
      const { privateJwk, publicJwk } = await generate();
      expect(publicJwk).toMatchObject(shape);
      expect(privateJwk).toMatchObject(shape);
      expect(publicJwk.kid).toBe(await calculateJwkThumbprint(publicJwk));
      expect(privateJwk.kid).toBe(publicJwk.kid);
      expect(isPrivateJwk(privateJwk)).toBe(true);
      expect(isPrivateJwk(publicJwk)).toBe(false);
      for (const member of PRIVATE_MEMBERS) expect(publicJwk).not.toHaveProperty(member);
    },
  );

  it("takes a kid and a larger RSA modulus", async () => {
    const { publicJwk } = await generateEncryptionKeyPair({ kid: "enc-2027", modulusLength: 3072 });
    expect(publicJwk.kid).toBe("enc-2027");
    expect(Buffer.from(String(publicJwk.n), "base64url").length * 8).toBe(3072);
  });

  it.each([1024, 2047, 2048.5])("refuses an RSA modulus of %s bits", async (modulusLength) => {
    await expectCode(generateEncryptionKeyPair({ modulusLength }), "invalid_option");
  });

  it("strips every private member when making a public key or a JWK Set", async () => {
    const rsa = await generateEncryptionKeyPair({ kid: "enc" });
    const ec = await generateSigningKeyPair({ kid: "sig" });
    expect(toPublicJwk(rsa.privateJwk)).toEqual(rsa.publicJwk);
    const jwks = createJwks([ec.privateJwk, rsa.privateJwk]);
    expect(jwks).toEqual({ keys: [ec.publicJwk, rsa.publicJwk] });
    expect(JSON.stringify(jwks)).not.toMatch(/"(d|p|q|dp|dq|qi)":/);
  });

  it("refuses a symmetric key (no public half) and a key without kid in a JWK Set", async () => {
    expect(() => toPublicJwk({ kty: "oct", k: "c2VjcmV0" })).toThrow(
      expect.objectContaining({ code: "private_key" }),
    );
    const { publicJwk } = await generateSigningKeyPair();
    expect(() => createJwks([withoutKid(publicJwk)])).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });
});
