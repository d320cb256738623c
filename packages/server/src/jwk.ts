import type { JWK } from "jose";
import { CardwardServerError } from "./errors";

/** A public JSON Web Key (RFC 7517): `kty` and its public members, with `kid` and `alg`. */
export type PublicJwk = JWK;

/** A private JSON Web Key: a {@link PublicJwk} plus its private members (`d`, ...). Keep it secret. */
export type PrivateJwk = JWK;

/** A JWK Set document (RFC 7517 section 5), e.g. served at `/.well-known/jwks.json`. */
export interface JwkSet {
  /** The keys. */
  readonly keys: readonly PublicJwk[];
}

/** The members that only a private or symmetric key has. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

/** Whether `jwk` holds private key material (or is a symmetric `oct` key, which is all secret). */
export function isPrivateJwk(jwk: object): boolean {
  return Reflect.get(jwk, "kty") === "oct" || PRIVATE_MEMBERS.some((member) => member in jwk);
}

/**
 * The public half of `jwk`: only its public members (`kty`, `crv`, `x`, `y`, `n`, `e`, `kid`,
 * `alg`, `use`) are copied, so nothing private survives. Throws `private_key` for a symmetric
 * (`oct`) key, which has no public half.
 *
 * @example
 * const publicJwk = toPublicJwk(privateJwk); // safe to publish
 */
export function toPublicJwk(jwk: JWK): PublicJwk {
  if (jwk.kty === "oct") {
    throw new CardwardServerError("private_key", "A symmetric key has no public half.");
  }
  const { kty, crv, x, y, n, e, kid, alg, use } = jwk;
  return {
    ...(kty !== undefined && { kty }),
    ...(crv !== undefined && { crv }),
    ...(x !== undefined && { x }),
    ...(y !== undefined && { y }),
    ...(n !== undefined && { n }),
    ...(e !== undefined && { e }),
    ...(kid !== undefined && { kid }),
    ...(alg !== undefined && { alg }),
    ...(use !== undefined && { use }),
  };
}

/** Throws `private_key` when `jwk` holds private material; `what` names it in the message. */
export function assertPublicJwk(jwk: JWK, what: string): void {
  if (isPrivateJwk(jwk)) {
    throw new CardwardServerError("private_key", `${what} must be a public key.`);
  }
}

/**
 * A JWK Set of the public halves of `keys`, for the frame origin to pin as its issuer keys (or
 * to serve at `/.well-known/jwks.json`). Private members are stripped, so passing key pairs'
 * private JWKs is safe; every key must have a `kid`.
 *
 * @example
 * const jwks = createJwks([current.publicJwk, next.publicJwk]);
 * await writeFile("issuer-keys.json", JSON.stringify(jwks));
 */
export function createJwks(keys: readonly JWK[]): JwkSet {
  return {
    keys: keys.map((key) => {
      if (typeof key.kid !== "string" || key.kid === "") {
        throw new CardwardServerError("invalid_option", "Every key in a JWK Set needs a kid.");
      }
      return toPublicJwk(key);
    }),
  };
}
