import { type BrandId, detectBrand, Sensitive } from "@cardward/core";
import { compactDecrypt } from "jose";
import { fromNumericDate, type Now, readNumericDate } from "./clock";
import { selectDecryptionKey } from "./decryption-key";
import { CardwardServerError } from "./errors";
import type { ImportedKey } from "./import-key";
import type { IssuerKeys } from "./issuer-keys";
import type { PrivateJwk } from "./jwk";
import { parsePlaintext } from "./parse-plaintext";
import {
  type CaptureContextClaims,
  type CardPlaintext,
  CONTENT_ENCRYPTION_ALGORITHM,
} from "./protocol";
import type { ReplayStore } from "./replay-store";
import { readSealedCardHeader, type SealedCardHeader } from "./sealed-card-header";
import { verifyContextToken } from "./verify-context-token";

/** Options of {@link openCard}. */
export interface OpenCardOptions {
  /** The private encryption JWKs, each with its `kid`: the current one and any still rotating out. */
  readonly decryptionKeys: readonly PrivateJwk[];
  /** The public signing keys capture contexts are verified against (the frame pins the same). */
  readonly issuerKeys: IssuerKeys;
  /** Where used `jti`s are recorded; see {@link ReplayStore}. */
  readonly replayStore: ReplayStore;
  /** The checkout page's origin, or several: the context's `aud` must be one of them. */
  readonly audience: string | readonly string[];
  /** The `jti` of the context issued for this checkout; when given, a card sealed for any other is refused. */
  readonly jti?: string;
  /** The current time; `new Date()` when absent. */
  readonly now?: Now;
  /**
   * Seconds of leeway for the context's `iat` and `exp` (the server issued it, on its own clock).
   * @default 0
   */
  readonly clockTolerance?: number;
}

/** The card, as {@link openCard} returns it. Only `cvc` is wrapped; the rest is yours to guard. */
export interface OpenedCard {
  /** The card number, digits only. */
  readonly pan: string;
  /** The security code: `reveal()` it to forward it, `wipe()` it after authorization (PCI DSS 3.3.1.2). */
  readonly cvc: Sensitive<string>;
  /** Expiry month, 1-12. */
  readonly expMonth: number;
  /** Expiry year, four digits. */
  readonly expYear: number;
  /** Cardholder name, when the form had the field. */
  readonly name?: string;
  /** Postal code, when the form had the field. */
  readonly postalCode?: string;
  /** The brand `@cardward/core` detects from the number, or null. */
  readonly brand: BrandId | null;
  /** The last four digits, safe to display and store. */
  readonly last4: string;
}

/** What {@link openCard} resolves to. */
export interface OpenCardResult {
  /** The card. */
  readonly card: OpenedCard;
  /** The capture context it was sealed for, now consumed. */
  readonly context: {
    /** Its `jti`. */
    readonly jti: string;
    /** Its `aud`: the page origin. */
    readonly audience: string;
    /** Its `iat`. */
    readonly issuedAt: Date;
    /** Its `exp`. */
    readonly expiresAt: Date;
  };
}

const LAST_FOUR = 4;

/** `openCard`'s default leeway, in seconds: none, since the server issued the context on its own clock. */
export const DEFAULT_SERVER_CLOCK_TOLERANCE_SECONDS = 0;
const decoder = new TextDecoder();

async function decrypt(
  ciphertext: string,
  header: SealedCardHeader,
  key: ImportedKey,
): Promise<CardPlaintext> {
  const decrypted = await compactDecrypt(ciphertext, key, {
    keyManagementAlgorithms: [header.alg],
    contentEncryptionAlgorithms: [CONTENT_ENCRYPTION_ALGORITHM],
  }).catch(() => undefined);
  if (decrypted === undefined) {
    throw new CardwardServerError("tampered", "The sealed card does not decrypt.");
  }
  try {
    return parsePlaintext(decoder.decode(decrypted.plaintext));
  } finally {
    decrypted.plaintext.fill(0);
  }
}

function checkBinding(
  plaintext: CardPlaintext,
  claims: CaptureContextClaims,
  expectedJti: string | undefined,
): void {
  if (plaintext.jti !== claims.jti || (expectedJti !== undefined && expectedJti !== claims.jti)) {
    throw new CardwardServerError("context_mismatch", "The card was sealed for another context.");
  }
  if (plaintext.aud !== claims.aud) {
    throw new CardwardServerError("wrong_audience", "The card was sealed for another page.");
  }
}

/** The card's brand, once it is one the context accepts (all, when the context names none). */
function acceptedBrand(plaintext: CardPlaintext, claims: CaptureContextClaims): BrandId | null {
  const brand = detectBrand(plaintext.pan)?.id ?? null;
  if (claims.brands !== undefined && (brand === null || !claims.brands.includes(brand))) {
    throw new CardwardServerError("unsupported_brand", "The card's brand is not accepted.");
  }
  return brand;
}

function toCard(plaintext: CardPlaintext, brand: BrandId | null): OpenedCard {
  return {
    pan: plaintext.pan,
    cvc: new Sensitive(plaintext.cvc),
    expMonth: plaintext.expMonth,
    expYear: plaintext.expYear,
    ...(plaintext.name !== undefined && { name: plaintext.name }),
    ...(plaintext.postalCode !== undefined && { postalCode: plaintext.postalCode }),
    brand,
    last4: plaintext.pan.slice(-LAST_FOUR),
  };
}

async function consume(store: ReplayStore, jti: string, expiresAt: Date): Promise<void> {
  const first = await store.consume(jti, expiresAt).catch(() => undefined);
  if (first === undefined) {
    throw new CardwardServerError("replay_store_failed", "The replay store failed.");
  }
  if (!first) throw new CardwardServerError("replayed", "The capture context was already used.");
}

/**
 * Opens a card the frame sealed: reads the JWE's header, verifies the capture context it carries
 * (signature by `issuerKeys`, `aud` among `audience`, not expired), picks the decryption key by
 * `kid` and checks it is the context's key, decrypts, checks the plaintext's `jti` and `aud`
 * against the context (and `jti` against the one expected, if given), enforces the context's
 * brands, and only then consumes the `jti`: a failed attempt does not burn the context.
 *
 * Rejects with a {@link CardwardServerError} whose message and properties never carry card data:
 * `malformed`, `unsupported_algorithm`, `unsupported_version`, `unknown_kid`, `bad_signature`,
 * `expired`, `not_yet_valid`, `wrong_audience`, `wrong_key`, `tampered`, `context_mismatch`,
 * `unsupported_brand`, `replayed`, `replay_store_failed`, `private_key`, `invalid_option`.
 *
 * @example
 * const { card } = await openCard(body.ciphertext, {
 *   decryptionKeys: [encryption.privateJwk], issuerKeys: [signing.publicJwk],
 *   replayStore, audience: "https://shop.example",
 * });
 * await processor.charge({ number: card.pan, cvc: card.cvc.reveal() });
 * card.cvc.wipe();
 */
export async function openCard(
  ciphertext: string,
  options: OpenCardOptions,
): Promise<OpenCardResult> {
  const header = readSealedCardHeader(ciphertext);
  const clockTolerance = options.clockTolerance ?? DEFAULT_SERVER_CLOCK_TOLERANCE_SECONDS;
  const claims = await verifyContextToken(header.context, {
    issuerKeys: options.issuerKeys,
    audiences: typeof options.audience === "string" ? [options.audience] : options.audience,
    frameOrigin: undefined,
    now: readNumericDate(options.now),
    clockTolerance,
  });
  const key = await selectDecryptionKey(options.decryptionKeys, header, claims.enc_jwk);
  const plaintext = await decrypt(ciphertext, header, key);
  checkBinding(plaintext, claims, options.jti);
  const brand = acceptedBrand(plaintext, claims);
  await consume(options.replayStore, claims.jti, fromNumericDate(claims.exp + clockTolerance));
  return {
    card: toCard(plaintext, brand),
    context: {
      jti: claims.jti,
      audience: claims.aud,
      issuedAt: fromNumericDate(claims.iat),
      expiresAt: fromNumericDate(claims.exp),
    },
  };
}
