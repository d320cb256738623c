import type { BrandId } from "@cardward/core";
import { getBrand } from "@cardward/core";
import { CompactSign } from "jose";
import { fromNumericDate, type Now, readNumericDate } from "./clock";
import { assertEncryptionJwk } from "./encryption-key";
import { CardwardServerError } from "./errors";
import { importKey } from "./import-key";
import { isPrivateJwk, type PrivateJwk, type PublicJwk, toPublicJwk } from "./jwk";
import { assertSecureOrigin } from "./origin";
import {
  type BinExposure,
  CAPTURE_CONTEXT_TYPE,
  type CaptureContextClaims,
  DEFAULT_TTL_SECONDS,
  isSigningAlgorithm,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
  PROTOCOL_VERSION,
  type SigningAlgorithm,
} from "./protocol";
import { randomId } from "./random-id";

/** Options of {@link createCaptureContext}. */
export interface CreateCaptureContextOptions {
  /** The server's private signing JWK, with `kid` and `alg` `ES256` or `EdDSA` (see {@link generateSigningKeyPair}). */
  readonly signingKey: PrivateJwk;
  /** The public JWK the frame encrypts the card to, with `kid` and `alg`; a private key is refused. */
  readonly encryptionKey: PublicJwk;
  /** The origin of the checkout page, exactly as the browser reports it, e.g. `https://shop.example`. */
  readonly audience: string;
  /** The origin that serves the frames, e.g. `https://pay.shop-frames.example`. */
  readonly frameOrigin: string;
  /**
   * How long the context lives, in whole seconds, from {@link MIN_TTL_SECONDS} (60) to
   * {@link MAX_TTL_SECONDS} (3600). A checkout that outlives it asks the server for a new one.
   * @default 900
   */
  readonly ttl?: number;
  /** The brand ids the frame accepts (and `openCard` enforces); every brand when absent. */
  readonly brands?: readonly BrandId[];
  /**
   * How many leading digits of the number the frame may report to the page.
   * @default false
   */
  readonly exposeBin?: BinExposure;
  /** The current time; `new Date()` when absent. */
  readonly now?: Now;
}

/** A signed capture context, from {@link createCaptureContext}. */
export interface CaptureContext {
  /** The compact JWS to hand to the page, which passes it to the frame. */
  readonly token: string;
  /** Its `jti`: keep it with the checkout to bind the card to it (`openCard`'s `jti` option). */
  readonly jti: string;
  /** Its `iat`. */
  readonly issuedAt: Date;
  /** Its `exp`. */
  readonly expiresAt: Date;
}

const encoder = new TextEncoder();

/** The signing key's algorithm and id, once it is a private asymmetric JWK with both. */
function readSigningKey(key: PrivateJwk): { alg: SigningAlgorithm; kid: string } {
  const { alg, kid } = key;
  if (!isPrivateJwk(key) || key.kty === "oct" || typeof kid !== "string" || kid === "") {
    throw new CardwardServerError("invalid_option", "signingKey must be a private JWK with a kid.");
  }
  if (!isSigningAlgorithm(alg)) {
    throw new CardwardServerError("invalid_option", "signingKey needs alg ES256 or EdDSA.");
  }
  return { alg, kid };
}

function checkTtl(ttl: number): void {
  if (!Number.isInteger(ttl) || ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS) {
    throw new CardwardServerError(
      "invalid_option",
      `ttl must be a whole number of seconds from ${MIN_TTL_SECONDS} to ${MAX_TTL_SECONDS}.`,
    );
  }
}

function checkOptionalClaims(brands: readonly string[] | undefined, exposeBin: unknown): void {
  if (brands !== undefined && (brands.length === 0 || !brands.every((id) => getBrand(id)))) {
    throw new CardwardServerError("invalid_option", "brands must list known brand ids.");
  }
  if (exposeBin !== undefined && exposeBin !== false && exposeBin !== 6 && exposeBin !== 8) {
    throw new CardwardServerError("invalid_option", "exposeBin must be false, 6 or 8.");
  }
}

/**
 * Signs a capture context for one checkout: it tells the frame which public key to encrypt the
 * card to, for which page origin, until when, and under which `jti` (accepted once by
 * `openCard`). Hand `token` to the page; the frame verifies it against the issuer keys pinned in
 * its own configuration, so a page that makes up its own context gets an error, not a ciphertext.
 *
 * Rejects with `invalid_option` for a bad origin, ttl, key or brand, and `private_key` when
 * `encryptionKey` holds private material.
 *
 * @example
 * const { token, jti } = await createCaptureContext({
 *   signingKey, encryptionKey, audience: "https://shop.example",
 *   frameOrigin: "https://pay.shop-frames.example",
 * });
 */
export async function createCaptureContext(
  options: CreateCaptureContextOptions,
): Promise<CaptureContext> {
  const { signingKey, encryptionKey, audience, frameOrigin, brands, exposeBin } = options;
  const ttl = options.ttl ?? DEFAULT_TTL_SECONDS;
  const { alg, kid } = readSigningKey(signingKey);
  assertEncryptionJwk(encryptionKey, "invalid_option", "encryptionKey");
  assertSecureOrigin(audience, "audience");
  assertSecureOrigin(frameOrigin, "frameOrigin");
  checkTtl(ttl);
  checkOptionalClaims(brands, exposeBin);

  const iat = readNumericDate(options.now);
  const claims: CaptureContextClaims = {
    ver: PROTOCOL_VERSION,
    jti: randomId(),
    iat,
    exp: iat + ttl,
    aud: audience,
    frame_origin: frameOrigin,
    enc_jwk: toPublicJwk(encryptionKey),
    ...(brands !== undefined && { brands: [...brands] }),
    ...(exposeBin !== undefined && exposeBin !== false && { expose_bin: exposeBin }),
  };
  const token = await new CompactSign(encoder.encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg, kid, typ: CAPTURE_CONTEXT_TYPE })
    .sign(await importKey(signingKey, alg, "signingKey"));
  return {
    token,
    jti: claims.jti,
    issuedAt: fromNumericDate(claims.iat),
    expiresAt: fromNumericDate(claims.exp),
  };
}
