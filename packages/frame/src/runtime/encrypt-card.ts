import { CompactEncrypt, importJWK } from "jose";
import type { RecipientKey } from "./key-source";

/** The JWE's key management and content encryption algorithms. */
export const JWE_ALG = "RSA-OAEP-256";
/** See {@link JWE_ALG}. */
export const JWE_ENC = "A256GCM";

/** The card as it is encrypted: the plaintext of the JWE. */
export interface CardPlaintext {
  readonly pan: string;
  readonly cvc: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly name?: string;
  readonly postalCode?: string;
  /** When it was encrypted (seconds since the epoch). */
  readonly iat: number;
  /** The page's origin. */
  readonly aud: string;
  /** The capture context's id, when the key came from one. */
  readonly jti?: string;
}

/**
 * Encrypts the card to `key` as a JWE in compact serialization (`RSA-OAEP-256` + `A256GCM`).
 * The plaintext exists only as bytes inside this call.
 */
export async function encryptCard(card: CardPlaintext, key: RecipientKey): Promise<string> {
  const publicKey = await importJWK(key.jwk, JWE_ALG);
  const bytes = new TextEncoder().encode(JSON.stringify(card));
  const jwe = new CompactEncrypt(bytes).setProtectedHeader({
    alg: JWE_ALG,
    enc: JWE_ENC,
    cty: "application/vnd.cardward.card+json",
    ...(key.kid ? { kid: key.kid } : {}),
  });
  const ciphertext = await jwe.encrypt(publicKey);
  bytes.fill(0);
  return ciphertext;
}
