// @cardward/frame: the runtime of isolated card fields (each field in its own document on the
// merchant's frame origin) and what the page and the frame agree on. The `cardward-frame` command
// builds the static frame site. Importing this module touches no global.

export type { FrameConfig } from "./protocol/config";
export { frameConfigSchema } from "./protocol/config";
export { FRAME_PATH, PROTOCOL, PROTOCOL_VERSION } from "./protocol/version";
export type { CardPlaintext } from "./runtime/encrypt-card";
export { encryptCard, JWE_ALG, JWE_ENC } from "./runtime/encrypt-card";
export type {
  KeyErrorCode,
  KeyRequest,
  KeyResult,
  KeySource,
  RecipientKey,
} from "./runtime/key-source";
export { configKeySource } from "./runtime/key-source";
export type { StartFrameOptions } from "./runtime/start-frame";
export { startFrame } from "./runtime/start-frame";
