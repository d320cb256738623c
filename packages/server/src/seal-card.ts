import { CompactEncrypt } from "jose";
import { type Now, readNumericDate } from "./clock";
import { isKeyManagementAlgorithm } from "./encryption-key";
import { CardwardServerError } from "./errors";
import { importKey } from "./import-key";
import { type CardPlaintext, CONTENT_ENCRYPTION_ALGORITHM, CONTEXT_HEADER } from "./protocol";
import type { VerifiedCaptureContext } from "./verify-capture-context";

/** The card the frame seals: digits only, month 1-12, four-digit year. */
export interface SealCardInput {
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
}

/** Options of {@link sealCard}. */
export interface SealCardOptions {
  /** The current time, for the plaintext's `iat`; `new Date()` when absent. */
  readonly now?: Now;
}

const encoder = new TextEncoder();

/**
 * Encrypts `card` to the key of a verified capture context, as the frame does at submit: a
 * compact JWE (`RSA-OAEP-256` or `ECDH-ES`, with `A256GCM`) whose protected header carries the
 * key's `kid` and the context itself (`ctx`), and whose plaintext is the JSON of
 * {@link CardPlaintext}: the card plus the context's `jti` and `aud` and the frame's `iat`.
 * The plaintext bytes are zeroed once encrypted.
 *
 * @example
 * const ciphertext = await sealCard({ pan, cvc, expMonth: 3, expYear: 2030 }, context);
 */
export async function sealCard(
  card: SealCardInput,
  context: VerifiedCaptureContext,
  options: SealCardOptions = {},
): Promise<string> {
  const { alg, kid } = context.encryptionKey;
  if (!isKeyManagementAlgorithm(alg) || kid === undefined) {
    throw new CardwardServerError("malformed", "The capture context's key cannot seal a card.");
  }
  // Member by member, so nothing but the card's own fields reaches the ciphertext.
  const plaintext: CardPlaintext = {
    pan: card.pan,
    cvc: card.cvc,
    expMonth: card.expMonth,
    expYear: card.expYear,
    ...(card.name !== undefined && { name: card.name }),
    ...(card.postalCode !== undefined && { postalCode: card.postalCode }),
    jti: context.jti,
    aud: context.aud,
    iat: readNumericDate(options.now),
  };
  const bytes = encoder.encode(JSON.stringify(plaintext));
  try {
    return await new CompactEncrypt(bytes)
      .setProtectedHeader({
        alg,
        enc: CONTENT_ENCRYPTION_ALGORITHM,
        kid,
        [CONTEXT_HEADER]: context.token,
      })
      .encrypt(await importKey(context.encryptionKey, alg, "The capture context's key"));
  } finally {
    bytes.fill(0);
  }
}
