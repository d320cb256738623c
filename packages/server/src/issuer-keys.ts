import type { JWK } from "jose";
import { CardwardServerError } from "./errors";
import { isPrivateJwk, type JwkSet, type PublicJwk } from "./jwk";

/** The issuer keys a capture context is verified against: a list of public JWKs, or a JWK Set. */
export type IssuerKeys = readonly PublicJwk[] | JwkSet;

function isJwkSet(keys: IssuerKeys): keys is JwkSet {
  return !Array.isArray(keys);
}

function listKeys(keys: IssuerKeys): readonly PublicJwk[] {
  return isJwkSet(keys) ? keys.keys : keys;
}

/**
 * The issuer key with `kid`. Throws `private_key` when the configured set holds a private key
 * (a pasted key pair must not sit in a frame's public configuration), and `unknown_kid` when no
 * key has that id.
 */
export function findIssuerKey(keys: IssuerKeys, kid: string): JWK {
  const list = listKeys(keys);
  if (list.some(isPrivateJwk)) {
    throw new CardwardServerError("private_key", "issuerKeys must hold public keys only.");
  }
  const key = list.find((candidate) => candidate.kid === kid);
  if (key === undefined) {
    throw new CardwardServerError("unknown_kid", "No issuer key has the capture context's kid.");
  }
  return key;
}
