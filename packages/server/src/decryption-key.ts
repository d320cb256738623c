import { calculateJwkThumbprint, type JWK } from "jose";
import { CardwardServerError } from "./errors";
import { type ImportedKey, importKey } from "./import-key";
import { isPrivateJwk, type PrivateJwk, type PublicJwk } from "./jwk";
import type { SealedCardHeader } from "./sealed-card-header";

function findKey(keys: readonly PrivateJwk[], kid: string): JWK {
  const key = keys.find((candidate) => candidate.kid === kid);
  if (key === undefined) {
    throw new CardwardServerError("unknown_kid", "No decryption key has the sealed card's kid.");
  }
  if (!isPrivateJwk(key)) {
    throw new CardwardServerError("invalid_option", "decryptionKeys must hold private keys.");
  }
  return key;
}

/** Whether both JWKs hold the same public key; `false` when either lacks a required member. */
async function sameKey(privateJwk: JWK, publicJwk: PublicJwk): Promise<boolean> {
  try {
    const [ours, theirs] = await Promise.all([
      calculateJwkThumbprint(privateJwk),
      calculateJwkThumbprint(publicJwk),
    ]);
    return ours === theirs;
  } catch {
    return false;
  }
}

/**
 * The decryption key for a sealed card: the one of `keys` with the header's `kid` (rotation keeps
 * several), which must also be the key the verified capture context named, by `kid`, `alg` and
 * RFC 7638 thumbprint. Throws `unknown_kid`, or `wrong_key` when the card was encrypted to a key
 * other than its context's.
 */
export async function selectDecryptionKey(
  keys: readonly PrivateJwk[],
  header: SealedCardHeader,
  contextKey: PublicJwk,
): Promise<ImportedKey> {
  const jwk = findKey(keys, header.kid);
  const matches =
    contextKey.kid === header.kid &&
    contextKey.alg === header.alg &&
    (jwk.alg === undefined || jwk.alg === header.alg) &&
    (await sameKey(jwk, contextKey));
  if (!matches) {
    throw new CardwardServerError("wrong_key", "The card was not sealed to its context's key.");
  }
  return importKey(jwk, header.alg, "The decryption key");
}
