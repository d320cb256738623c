// @cardward/server/frame: the frame's half of capture contexts. It verifies a context against the
// issuer keys pinned in the frame origin's configuration and seals the card to the key inside it.
// Isomorphic: WebCrypto and jose only, no Node API, no DOM, no @cardward/core.

export type { Now } from "./clock";
export type { CardwardServerErrorCode } from "./errors";
export { CardwardServerError, isCardwardServerError } from "./errors";
export type { IssuerKeys } from "./issuer-keys";
export type { JwkSet, PublicJwk } from "./jwk";
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
  KEY_MANAGEMENT_ALGORITHMS,
  MAX_CONTEXT_LENGTH,
  MAX_SEALED_CARD_LENGTH,
  MAX_TTL_SECONDS,
  PROTOCOL_VERSION,
  SIGNING_ALGORITHMS,
} from "./protocol";
export type { SealCardInput, SealCardOptions } from "./seal-card";
export { sealCard } from "./seal-card";
export type { VerifiedCaptureContext, VerifyCaptureContextOptions } from "./verify-capture-context";
export {
  DEFAULT_FRAME_CLOCK_TOLERANCE_SECONDS,
  verifyCaptureContext,
} from "./verify-capture-context";
