import type { PublicJwk } from "@cardward/server/frame";
import type { IssuerJwk } from "../protocol/config";

/** An issuer key from the configuration (or its JWK Set) as the JWK `verifyCaptureContext` reads. */
export function toPublicJwk(key: IssuerJwk): PublicJwk {
  const { kty, crv, x, y, kid, alg } = key;
  return { kty, crv, x, kid, ...(y === undefined ? {} : { y }), ...(alg ? { alg } : {}) };
}
