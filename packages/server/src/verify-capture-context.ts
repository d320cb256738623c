import { type Now, readNumericDate } from "./clock";
import type { IssuerKeys } from "./issuer-keys";
import type { PublicJwk } from "./jwk";
import type { BinExposure } from "./protocol";
import { verifyContextToken } from "./verify-context-token";

/**
 * The frame's default leeway for a context's `iat` and `exp`, in seconds (5 minutes). The frame
 * reads the visitor's device clock, which may be off; `openCard` re-checks `exp` on the server's
 * clock with no leeway by default, so the server stays the authority.
 */
export const DEFAULT_FRAME_CLOCK_TOLERANCE_SECONDS = 300;

/** Options of {@link verifyCaptureContext}. */
export interface VerifyCaptureContextOptions {
  /** The issuer keys pinned in the frame origin's own configuration (never keys from the page). */
  readonly issuerKeys: IssuerKeys;
  /** The embedding page's origin as the browser reported it (the `init` event's `origin`). */
  readonly pageOrigin: string;
  /** The frame's own origin (`location.origin`). */
  readonly frameOrigin: string;
  /** The current time; `new Date()` when absent. */
  readonly now?: Now;
  /**
   * Seconds of leeway for `iat` and `exp` against `now`.
   * @default 300
   */
  readonly clockTolerance?: number;
}

/** A capture context whose signature and claims passed {@link verifyCaptureContext}. */
export interface VerifiedCaptureContext {
  /** The compact JWS itself; the frame puts it in the sealed card's protected header. */
  readonly token: string;
  /** Its `jti`, copied into the card's plaintext. */
  readonly jti: string;
  /** Its `aud`: the page origin, copied into the card's plaintext. */
  readonly aud: string;
  /** Its `iat`, NumericDate. */
  readonly iat: number;
  /** Its `exp`, NumericDate. */
  readonly exp: number;
  /** Its `frame_origin`. */
  readonly frameOrigin: string;
  /** The public key to encrypt the card to (`kid`, `alg` `RSA-OAEP-256` or `ECDH-ES`). */
  readonly encryptionKey: PublicJwk;
  /** The brand ids the frame accepts; every brand when absent. */
  readonly brands?: readonly string[];
  /** How many leading digits the frame may report to the page. */
  readonly exposeBin: BinExposure;
}

/**
 * Verifies a capture context the way the frame must before encrypting anything: a compact JWS of
 * type `cardward-capture-context+jwt` and version 1, signed (ES256 or EdDSA) by one of
 * `issuerKeys` chosen by `kid`, issued for `pageOrigin` and `frameOrigin`, not expired, living at
 * most an hour, and carrying a public encryption key. Runs anywhere WebCrypto does (browsers,
 * workers, Node 20+): it imports jose and nothing else.
 *
 * Rejects with a {@link CardwardServerError}: `malformed`, `unsupported_version`,
 * `unsupported_algorithm`, `unknown_kid`, `bad_signature`, `expired`, `not_yet_valid`,
 * `wrong_audience`, `wrong_frame_origin`, `private_key`.
 *
 * @example
 * const context = await verifyCaptureContext(tokenFromPage, {
 *   issuerKeys: config.issuerKeys, pageOrigin: initEvent.origin, frameOrigin: location.origin,
 * });
 * const ciphertext = await sealCard(card, context);
 */
export async function verifyCaptureContext(
  token: string,
  options: VerifyCaptureContextOptions,
): Promise<VerifiedCaptureContext> {
  const claims = await verifyContextToken(token, {
    issuerKeys: options.issuerKeys,
    audiences: [options.pageOrigin],
    frameOrigin: options.frameOrigin,
    now: readNumericDate(options.now),
    clockTolerance: options.clockTolerance ?? DEFAULT_FRAME_CLOCK_TOLERANCE_SECONDS,
  });
  return {
    token,
    jti: claims.jti,
    aud: claims.aud,
    iat: claims.iat,
    exp: claims.exp,
    frameOrigin: claims.frame_origin,
    encryptionKey: claims.enc_jwk,
    ...(claims.brands !== undefined && { brands: claims.brands }),
    exposeBin: claims.expose_bin ?? false,
  };
}
