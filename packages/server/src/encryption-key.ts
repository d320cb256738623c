import { base64url, type JWK } from "jose";
import { CardwardServerError, type CardwardServerErrorCode } from "./errors";
import { isPrivateJwk } from "./jwk";
import { KEY_MANAGEMENT_ALGORITHMS, type KeyManagementAlgorithm } from "./protocol";

/** The smallest RSA modulus accepted for `RSA-OAEP-256`, in bits (NIST SP 800-131A). */
export const MIN_RSA_MODULUS_BITS = 2048;

/** The one curve accepted for `ECDH-ES`. */
export const ECDH_CURVE = "P-256";

const BITS_PER_BYTE = 8;

/** Whether `alg` is a key management algorithm cards may be sealed with. */
export function isKeyManagementAlgorithm(alg: unknown): alg is KeyManagementAlgorithm {
  return KEY_MANAGEMENT_ALGORITHMS.some((allowed) => allowed === alg);
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function modulusBits(n: unknown): number {
  if (typeof n !== "string" || !BASE64URL.test(n)) return 0;
  return base64url.decode(n).length * BITS_PER_BYTE;
}

function describeProblem(jwk: JWK): string | undefined {
  if (typeof jwk.kid !== "string" || jwk.kid === "") return "needs a kid";
  if (!isKeyManagementAlgorithm(jwk.alg)) return "needs alg RSA-OAEP-256 or ECDH-ES";
  if (jwk.alg === "RSA-OAEP-256") {
    const bigEnough = jwk.kty === "RSA" && modulusBits(jwk.n) >= MIN_RSA_MODULUS_BITS;
    return bigEnough ? undefined : "must be an RSA key of 2048 bits or more";
  }
  return jwk.kty === "EC" && jwk.crv === ECDH_CURVE ? undefined : "must be an EC key on P-256";
}

/**
 * Throws unless `jwk` is a public encryption key cardward seals cards to: no private members
 * (`private_key`), a `kid`, `alg` `RSA-OAEP-256` with a modulus of 2048 bits or more, or `alg`
 * `ECDH-ES` on P-256 (`code`, which is `invalid_option` for configuration and `malformed` for a
 * received capture context).
 */
export function assertEncryptionJwk(jwk: JWK, code: CardwardServerErrorCode, what: string): void {
  if (isPrivateJwk(jwk)) {
    throw new CardwardServerError("private_key", `${what} must be a public key.`);
  }
  const problem = describeProblem(jwk);
  if (problem !== undefined) throw new CardwardServerError(code, `${what} ${problem}.`);
}
