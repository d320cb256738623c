// Keys, origins, a fixed clock and a jose-only "frame" for the server tests. The frame side is
// written with plain jose on purpose, so the tests check the wire format, not our own sealCard.
import { inspect } from "node:util";
import { CompactEncrypt, CompactSign, importJWK, type JWK } from "jose";
import { expect } from "vitest";
import {
  CAPTURE_CONTEXT_TYPE,
  type CardPlaintext,
  CardwardServerError,
  type CardwardServerErrorCode,
  createCaptureContext,
  createMemoryReplayStore,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
  type JwkPair,
  type OpenCardOptions,
} from "../src/index";

export const PAGE = "https://shop.example";
export const FRAME = "https://pay.shop-frames.example";
/** The fixed clock every check reads: 2026-12-03T08:00:00Z. */
export const NOW = new Date("2026-12-03T08:00:00Z");
export const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

/** The card the tests seal; digits distinctive enough to look for in errors. */
export const CARD = {
  pan: "4242424242424242",
  cvc: "5309",
  expMonth: 3,
  expYear: 2030,
  name: "Zelda Quux",
  postalCode: "SW1A 1AA",
} as const;

/** Every key the tests use, generated once per file. */
export interface Keys {
  readonly signing: JwkPair;
  readonly encryption: JwkPair;
  /** A second encryption key, as during a rotation. */
  readonly nextEncryption: JwkPair;
  /** A key the page made up, to sign its own contexts with. */
  readonly pageSigning: JwkPair;
}

export async function makeKeys(): Promise<Keys> {
  const [signing, encryption, nextEncryption, pageSigning] = await Promise.all([
    generateSigningKeyPair({ kid: "sig-1" }),
    generateEncryptionKeyPair({ kid: "enc-1" }),
    generateEncryptionKeyPair({ kid: "enc-2" }),
    generateSigningKeyPair({ kid: "page-sig" }),
  ]);
  return { signing, encryption, nextEncryption, pageSigning };
}

/** A capture context token made by `createCaptureContext` at {@link NOW}. */
export async function makeContext(
  keys: Keys,
  overrides: { ttl?: number; brands?: readonly ("visa" | "mastercard")[] } = {},
): Promise<string> {
  const context = await createCaptureContext({
    signingKey: keys.signing.privateJwk,
    encryptionKey: keys.encryption.publicJwk,
    audience: PAGE,
    frameOrigin: FRAME,
    now: NOW,
    ...overrides,
  });
  return context.token;
}

/** Signs arbitrary capture context claims with plain jose (for contexts createCaptureContext refuses to make). */
export async function signClaims(
  claims: Record<string, unknown>,
  key: JWK,
  header: Record<string, unknown> = {},
): Promise<string> {
  const alg = String(key.alg);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg, kid: String(key.kid), typ: CAPTURE_CONTEXT_TYPE, ...header })
    .sign(await importJWK(key, alg));
}

/** The claims createCaptureContext would sign at NOW, to alter one at a time. */
export function baseClaims(keys: Keys): Record<string, unknown> {
  return {
    ver: 1,
    jti: "jti-base",
    iat: NOW_SECONDS,
    exp: NOW_SECONDS + 900,
    aud: PAGE,
    frame_origin: FRAME,
    enc_jwk: keys.encryption.publicJwk,
  };
}

/** The jti inside a context token (read without verifying). */
export function jtiOf(token: string): string {
  const payload = token.split(".")[1] ?? "";
  const claims: unknown = JSON.parse(new TextDecoder().decode(Buffer.from(payload, "base64url")));
  return typeof claims === "object" && claims !== null && "jti" in claims ? String(claims.jti) : "";
}

/** Seals `plaintext` the way the frame does, with plain jose: header alg/enc/kid/ctx. */
export async function sealWithJose(
  plaintext: unknown,
  publicJwk: JWK,
  context: string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const alg = String(publicJwk.alg);
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(plaintext)))
    .setProtectedHeader({
      alg,
      enc: "A256GCM",
      kid: String(publicJwk.kid),
      ctx: context,
      ...header,
    })
    .encrypt(await importJWK(publicJwk, alg));
}

/** The plaintext the frame would seal for `context`. */
export function plaintextFor(
  context: string,
  card: object = CARD,
): CardPlaintext & Record<string, unknown> {
  return { ...CARD, ...card, jti: jtiOf(context), aud: PAGE, iat: NOW_SECONDS };
}

/** openCard options around `keys` at NOW, with a fresh memory store. */
export function openOptions(keys: Keys, overrides: Partial<OpenCardOptions> = {}): OpenCardOptions {
  return {
    decryptionKeys: [keys.encryption.privateJwk, keys.nextEncryption.privateJwk],
    issuerKeys: [keys.signing.publicJwk],
    replayStore: createMemoryReplayStore({ now: NOW }),
    audience: PAGE,
    now: NOW,
    ...overrides,
  };
}

/** The error `promise` rejects with, asserted to be a CardwardServerError with `code`. */
export async function expectCode(
  promise: Promise<unknown>,
  code: CardwardServerErrorCode,
): Promise<CardwardServerError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CardwardServerError);
  expect(error).toMatchObject({ code });
  if (!(error instanceof CardwardServerError)) throw new Error("unreachable");
  return error;
}

/** Asserts that no card value appears in the error's message, stack, cause, JSON or inspection. */
export function expectNoCardData(error: Error, card: object = CARD): void {
  const views = [
    error.message,
    String(error.stack),
    String(error.cause),
    JSON.stringify(error),
    JSON.stringify(Object.entries(error)),
    inspect(error, { depth: 5, showHidden: true }),
  ];
  const secrets = Object.values(card).filter((value) => typeof value === "string");
  for (const view of views) {
    for (const secret of secrets) expect(view).not.toContain(secret);
  }
  expect(error.cause).toBeUndefined();
}

/** `jwk` without its `kid`. */
export function withoutKid(jwk: JWK): JWK {
  const { kid: _kid, ...rest } = jwk;
  return rest;
}
