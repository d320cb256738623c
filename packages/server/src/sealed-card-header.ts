import { decodeProtectedHeader } from "jose";
import { isKeyManagementAlgorithm } from "./encryption-key";
import { CardwardServerError } from "./errors";
import {
  CONTENT_ENCRYPTION_ALGORITHM,
  CONTEXT_HEADER,
  type KeyManagementAlgorithm,
  MAX_SEALED_CARD_LENGTH,
} from "./protocol";

/** The protected header of a sealed card, once its algorithms and members passed. */
export interface SealedCardHeader {
  /** Key management algorithm. */
  readonly alg: KeyManagementAlgorithm;
  /** The id of the key the card was encrypted to. */
  readonly kid: string;
  /** The capture context the card was sealed for (a compact JWS, not yet verified). */
  readonly context: string;
}

const COMPACT_JWE_PARTS = 5;

function decodeHeader(ciphertext: string): ReturnType<typeof decodeProtectedHeader> {
  try {
    return decodeProtectedHeader(ciphertext);
  } catch {
    throw new CardwardServerError("malformed", "The sealed card's header is not JSON.");
  }
}

/**
 * The protected header of `ciphertext`: a compact JWE with `alg` `RSA-OAEP-256` or `ECDH-ES`,
 * `enc` `A256GCM`, no compression, a `kid` and the capture context in `ctx`. Throws `malformed`
 * or `unsupported_algorithm` otherwise. The header is authenticated by A256GCM, so a change to it
 * shows up later as `tampered`.
 */
export function readSealedCardHeader(ciphertext: unknown): SealedCardHeader {
  if (
    typeof ciphertext !== "string" ||
    ciphertext.length > MAX_SEALED_CARD_LENGTH ||
    ciphertext.split(".").length !== COMPACT_JWE_PARTS
  ) {
    throw new CardwardServerError("malformed", "The sealed card is not a compact JWE.");
  }
  const header = decodeHeader(ciphertext);
  const context: unknown = header[CONTEXT_HEADER];
  if (!isKeyManagementAlgorithm(header.alg) || header.enc !== CONTENT_ENCRYPTION_ALGORITHM) {
    throw new CardwardServerError(
      "unsupported_algorithm",
      "The sealed card's alg or enc is refused.",
    );
  }
  if (header.zip !== undefined) {
    throw new CardwardServerError(
      "unsupported_algorithm",
      "The sealed card must not be compressed.",
    );
  }
  if (typeof header.kid !== "string" || typeof context !== "string") {
    throw new CardwardServerError("malformed", "The sealed card's header lacks kid or ctx.");
  }
  return { alg: header.alg, kid: header.kid, context };
}
