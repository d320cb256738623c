/** Stable codes of {@link CardwardServerError}. */
export type CardwardServerErrorCode =
  /** A token is not a compact JWS/JWE, lacks a required header or claim, or a claim has the wrong type. */
  | "malformed"
  /** A header names an algorithm outside the allowlist (JWS: ES256, EdDSA; JWE: RSA-OAEP-256 or ECDH-ES with A256GCM). */
  | "unsupported_algorithm"
  /** The capture context's `typ` or `ver` is not the one this version of cardward speaks. */
  | "unsupported_version"
  /** The capture context's signature does not verify against the issuer key its `kid` names. */
  | "bad_signature"
  /** No issuer key (for a capture context) or decryption key (for a card) has the token's `kid`. */
  | "unknown_kid"
  /** The capture context's `aud` is not the expected page origin, or the card's `aud` is not the context's. */
  | "wrong_audience"
  /** The capture context was made for another frame origin. */
  | "wrong_frame_origin"
  /** The capture context's `exp` has passed. */
  | "expired"
  /** The capture context's `iat` is in the future. */
  | "not_yet_valid"
  /** The card was encrypted to a key other than the one its capture context names. */
  | "wrong_key"
  /** The ciphertext does not decrypt: it was altered, or made for other key material under the same `kid`. */
  | "tampered"
  /** The card's `jti` is not its capture context's, or not the one the server expected for this checkout. */
  | "context_mismatch"
  /** The card's brand is not among the capture context's `brands`. */
  | "unsupported_brand"
  /** The capture context's `jti` was already used for a card. */
  | "replayed"
  /** The replay store failed; the card was not accepted. */
  | "replay_store_failed"
  /** A private key appears where only a public key may (a capture context, an issuer key set). */
  | "private_key"
  /** An option has a value it cannot take (a bad origin, ttl, key or brand). */
  | "invalid_option";

/**
 * The one error `@cardward/server` throws. Its message is a fixed sentence per failure and it
 * carries no `cause`: nothing from the failing token, the plaintext or the card ever reaches it,
 * so it is safe to log or report.
 *
 * @example
 * try {
 *   await openCard(ciphertext, options);
 * } catch (error) {
 *   if (error instanceof CardwardServerError && error.code === "replayed") return conflict();
 *   throw error;
 * }
 */
export class CardwardServerError extends Error {
  /** Stable machine-readable code. */
  declare readonly code: CardwardServerErrorCode;

  /** Creates an error with a stable code and a value-free message. */
  constructor(code: CardwardServerErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "CardwardServerError";
  }
}

/** Whether `value` is a {@link CardwardServerError}, optionally with the given code. */
export function isCardwardServerError(
  value: unknown,
  code?: CardwardServerErrorCode,
): value is CardwardServerError {
  return value instanceof CardwardServerError && (code === undefined || value.code === code);
}
