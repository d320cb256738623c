// The wire format shared by the merchant's server (which signs capture contexts and opens cards)
// and the frame (which verifies contexts and seals cards). Both halves import it from here, so
// they cannot drift apart.
import type { PublicJwk } from "./jwk";

/** The `typ` header of a capture context JWS (explicit typing, RFC 8725 section 3.11). */
export const CAPTURE_CONTEXT_TYPE = "cardward-capture-context+jwt";

/** The capture context's `ver` claim: the major version of this wire format. */
export const PROTOCOL_VERSION = 1;

/** The JWE protected header member that carries the capture context a card was sealed for. */
export const CONTEXT_HEADER = "ctx";

/** Signature algorithms a capture context may use. */
export const SIGNING_ALGORITHMS = ["ES256", "EdDSA"] as const;

/** Key management algorithms a sealed card may use. */
export const KEY_MANAGEMENT_ALGORITHMS = ["RSA-OAEP-256", "ECDH-ES"] as const;

/** The one content encryption algorithm a sealed card may use. */
export const CONTENT_ENCRYPTION_ALGORITHM = "A256GCM";

/** A capture context's signature algorithm. */
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** A sealed card's key management algorithm. */
export type KeyManagementAlgorithm = (typeof KEY_MANAGEMENT_ALGORITHMS)[number];

/** Whether `alg` is a signature algorithm capture contexts may use. */
export function isSigningAlgorithm(alg: unknown): alg is SigningAlgorithm {
  return SIGNING_ALGORITHMS.some((allowed) => allowed === alg);
}

/**
 * The longest capture context accepted, in characters: a context with a 4096-bit RSA key is about
 * 1.5 KB, so this leaves room while refusing a megabyte before any parsing.
 */
export const MAX_CONTEXT_LENGTH = 8192;

/** The longest sealed card accepted, in characters: the context rides in its header. */
export const MAX_SEALED_CARD_LENGTH = 16384;

/** How many leading digits of the number the frame may report to the page: none, 6 or 8. */
export type BinExposure = false | 6 | 8;

/**
 * The claims of a capture context, as signed by {@link createCaptureContext}.
 *
 * Times are NumericDate (seconds since the epoch).
 */
export interface CaptureContextClaims {
  /** Wire format version, {@link PROTOCOL_VERSION}. */
  readonly ver: number;
  /** Unique id; the server accepts one card per `jti`. */
  readonly jti: string;
  /** Issued at. */
  readonly iat: number;
  /** Expires at: `iat` plus the ttl, at most {@link MAX_TTL_SECONDS} later. */
  readonly exp: number;
  /** The origin of the page the frames are embedded in, e.g. `https://shop.example`. */
  readonly aud: string;
  /** The origin that serves the frames, e.g. `https://pay.shop-frames.example`. */
  readonly frame_origin: string;
  /** The public key the frame encrypts the card to, with its `kid` and `alg`. */
  readonly enc_jwk: PublicJwk;
  /** The brand ids the frame accepts; absent means every brand. */
  readonly brands?: readonly string[];
  /** How many leading digits the frame may report to the page; absent means none. */
  readonly expose_bin?: 6 | 8;
}

/**
 * The JSON the frame encrypts: the card plus the capture context's `jti` and `aud`, and the
 * frame's own `iat` (seconds). `expMonth` is 1-12, `expYear` has four digits, `pan` and `cvc` are
 * ASCII digits only.
 */
export interface CardPlaintext {
  /** The card number, digits only. */
  readonly pan: string;
  /** The security code, digits only. */
  readonly cvc: string;
  /** Expiry month, 1-12. */
  readonly expMonth: number;
  /** Expiry year, four digits. */
  readonly expYear: number;
  /** Cardholder name, when the form has the field. */
  readonly name?: string;
  /** Postal code, when the form has the field. */
  readonly postalCode?: string;
  /** The capture context's `jti`. */
  readonly jti: string;
  /** The capture context's `aud`. */
  readonly aud: string;
  /** When the frame sealed the card (the device's clock, informational only). */
  readonly iat: number;
}

/** The longest a capture context may live, in seconds (one hour). */
export const MAX_TTL_SECONDS = 3600;

/** The shortest a capture context may live, in seconds (one minute). */
export const MIN_TTL_SECONDS = 60;

/** A capture context's lifetime when no ttl is given, in seconds (15 minutes). */
export const DEFAULT_TTL_SECONDS = 900;
