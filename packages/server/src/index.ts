// @cardward/server: signed capture contexts for cardward's isolated fields, and opening the card
// the frame sealed, on the merchant's server (Node 20+ or any runtime with WebCrypto).

export type { Now } from "./clock";
export type { CaptureContext, CreateCaptureContextOptions } from "./create-capture-context";
export { createCaptureContext } from "./create-capture-context";
export { ECDH_CURVE, MIN_RSA_MODULUS_BITS } from "./encryption-key";
export type { CardwardServerErrorCode } from "./errors";
export { CardwardServerError, isCardwardServerError } from "./errors";
export type { IssuerKeys } from "./issuer-keys";
export type { JwkSet, PrivateJwk, PublicJwk } from "./jwk";
export { createJwks, isPrivateJwk, toPublicJwk } from "./jwk";
export type {
  GenerateEncryptionKeyPairOptions,
  GenerateSigningKeyPairOptions,
  JwkPair,
} from "./keys";
export { generateEncryptionKeyPair, generateSigningKeyPair } from "./keys";
export type { OpenCardOptions, OpenCardResult, OpenedCard } from "./open-card";
export { DEFAULT_SERVER_CLOCK_TOLERANCE_SECONDS, openCard } from "./open-card";
export type {
  BinExposure,
  CaptureContextClaims,
  CardPlaintext,
  KeyManagementAlgorithm,
  SigningAlgorithm,
} from "./protocol";
export {
  CAPTURE_CONTEXT_TYPE,
  CONTENT_ENCRYPTION_ALGORITHM,
  CONTEXT_HEADER,
  DEFAULT_TTL_SECONDS,
  KEY_MANAGEMENT_ALGORITHMS,
  MAX_CONTEXT_LENGTH,
  MAX_SEALED_CARD_LENGTH,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
  PROTOCOL_VERSION,
  SIGNING_ALGORITHMS,
} from "./protocol";
export type { MemoryReplayStoreOptions, ReplayStore } from "./replay-store";
export { createMemoryReplayStore } from "./replay-store";
export type { SealCardInput, SealCardOptions } from "./seal-card";
export { sealCard } from "./seal-card";
export type { VerifiedCaptureContext, VerifyCaptureContextOptions } from "./verify-capture-context";
export {
  DEFAULT_FRAME_CLOCK_TOLERANCE_SECONDS,
  verifyCaptureContext,
} from "./verify-capture-context";
