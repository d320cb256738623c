import { importJWK, type JWK } from "jose";
import { CardwardServerError } from "./errors";

/** A key jose signs, verifies, encrypts or decrypts with. */
export type ImportedKey = Awaited<ReturnType<typeof importJWK>>;

/**
 * `jwk` imported for `alg`, or `invalid_option` naming `what` when WebCrypto refuses it (a key
 * of the wrong type for the algorithm, a truncated member). Keys come from configuration, so this
 * is a setup error; jose's own message is dropped to keep key material out of logs.
 */
export async function importKey(jwk: JWK, alg: string, what: string): Promise<ImportedKey> {
  try {
    return await importJWK(jwk, alg);
  } catch {
    throw new CardwardServerError("invalid_option", `${what} cannot be imported for ${alg}.`);
  }
}
