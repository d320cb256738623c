/** The protocol's name, carried by every message so stray messages of other libraries are ignored. */
export const PROTOCOL = "cardward-frame";

/**
 * The protocol's major version. A page and a frame of different majors do not talk: the frame
 * answers `unsupported_version`. Each major lives under its own path, so an old page keeps its
 * old frame.
 */
export const PROTOCOL_VERSION = 1;

/** Where the frame document of this major lives on the frame origin. */
export const FRAME_PATH = `/v${PROTOCOL_VERSION}/frame.html`;
