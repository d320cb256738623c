import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { ECDH_CURVE, MIN_RSA_MODULUS_BITS } from "./encryption-key";
import { CardwardServerError } from "./errors";
import type { PrivateJwk, PublicJwk } from "./jwk";
import type { KeyManagementAlgorithm, SigningAlgorithm } from "./protocol";

/** A key pair as JWKs, both with the same `kid`, `alg` and `use`. */
export interface JwkPair {
  /** The private key: keep it in the server's secret store. */
  readonly privateJwk: PrivateJwk;
  /** The public key: publish it (issuer keys) or put it in capture contexts (encryption keys). */
  readonly publicJwk: PublicJwk;
}

/** Options of {@link generateSigningKeyPair}. */
export interface GenerateSigningKeyPairOptions {
  /**
   * `ES256` (P-256; every browser's WebCrypto verifies it) or `EdDSA` (Ed25519; needs a recent
   * browser in the frame).
   * @default "ES256"
   */
  readonly alg?: SigningAlgorithm;
  /** The key id; the RFC 7638 thumbprint of the public key when absent. */
  readonly kid?: string;
}

/** Options of {@link generateEncryptionKeyPair}. */
export interface GenerateEncryptionKeyPairOptions {
  /**
   * `RSA-OAEP-256` or `ECDH-ES` (P-256).
   * @default "RSA-OAEP-256"
   */
  readonly alg?: KeyManagementAlgorithm;
  /**
   * RSA modulus length in bits, 2048 or more.
   * @default 2048
   */
  readonly modulusLength?: number;
  /** The key id; the RFC 7638 thumbprint of the public key when absent. */
  readonly kid?: string;
}

async function exportPair(
  pair: Awaited<ReturnType<typeof generateKeyPair>>,
  alg: SigningAlgorithm | KeyManagementAlgorithm,
  use: "sig" | "enc",
  kid: string | undefined,
): Promise<JwkPair> {
  const publicParts: JWK = await exportJWK(pair.publicKey);
  const privateParts: JWK = await exportJWK(pair.privateKey);
  const id = kid ?? (await calculateJwkThumbprint(publicParts));
  return {
    privateJwk: { ...privateParts, kid: id, alg, use },
    publicJwk: { ...publicParts, kid: id, alg, use },
  };
}

/**
 * Generates the server's key pair for signing capture contexts. Publish the public JWK (in a
 * JWK Set, see {@link createJwks}) in the frame origin's configuration; keep the private one
 * secret.
 *
 * @example
 * const signing = await generateSigningKeyPair();
 * process.env.CARDWARD_SIGNING_KEY = JSON.stringify(signing.privateJwk); // or your secret store
 */
export async function generateSigningKeyPair(
  options: GenerateSigningKeyPairOptions = {},
): Promise<JwkPair> {
  const alg = options.alg ?? "ES256";
  const pair = await generateKeyPair(alg, { extractable: true });
  return exportPair(pair, alg, "sig", options.kid);
}

/**
 * Generates a key pair cards are encrypted to: `RSA-OAEP-256` (2048 bits or more) or `ECDH-ES`
 * on P-256. The public JWK goes into capture contexts; the private one into `openCard`'s
 * `decryptionKeys`.
 *
 * @example
 * const encryption = await generateEncryptionKeyPair({ kid: "enc-2026-12" });
 */
export async function generateEncryptionKeyPair(
  options: GenerateEncryptionKeyPairOptions = {},
): Promise<JwkPair> {
  const alg = options.alg ?? "RSA-OAEP-256";
  const modulusLength = options.modulusLength ?? MIN_RSA_MODULUS_BITS;
  if (!Number.isInteger(modulusLength) || modulusLength < MIN_RSA_MODULUS_BITS) {
    throw new CardwardServerError("invalid_option", "modulusLength must be 2048 bits or more.");
  }
  const pair =
    alg === "RSA-OAEP-256"
      ? await generateKeyPair(alg, { extractable: true, modulusLength })
      : await generateKeyPair(alg, { extractable: true, crv: ECDH_CURVE });
  return exportPair(pair, alg, "enc", options.kid);
}
