// @cardward/frame/protocol: what the page and the frame agree on (messages, schemas, the
// handshake's rules, the style filter). No DOM is touched on import.

export type { FrameConfig } from "./config";
export { CONFIG_ELEMENT_ID, frameConfigSchema, ORIGIN_PATTERN, publicRsaJwkSchema } from "./config";
export type { Endpoint, EndpointOptions } from "./endpoint";
export { openEndpoint } from "./endpoint";
export type {
  HandshakeContext,
  HandshakeEvent,
  InitDecision,
  InitRefusal,
} from "./handshake";
export { decideInit } from "./handshake";
export type {
  CardSummary,
  FrameFieldState,
  FrameMessageType,
  FramePayload,
  FrameSettings,
  InitMessage,
  LocaleTag,
  PageMessageType,
  PagePayload,
  Parsed,
  SubmitErrorCode,
} from "./messages";
export {
  cardSummarySchema,
  FIELDS,
  FRAME_MESSAGES,
  initSchema,
  LOCALE_TAGS,
  PAGE_MESSAGES,
  parseMessage,
  SUBMIT_ERRORS,
  settingsSchema,
} from "./messages";
export type { Infer, Schema } from "./schema";
export { INVALID } from "./schema";
export type {
  FieldStyle,
  FilteredStyle,
  RejectedStyle,
  StyleProperty,
  StyleRejection,
  StyleRules,
  StyleVariant,
} from "./style";
export { filterStyle, STYLE_PROPERTIES, STYLE_VARIANTS, styleSheetText } from "./style";
export { FRAME_PATH, PROTOCOL, PROTOCOL_VERSION } from "./version";
