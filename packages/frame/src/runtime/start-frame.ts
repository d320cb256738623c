// The frame document's composition root: wait for the one `init` this document accepts, check
// it, and mount the field it asks for (or answer that its protocol version is not spoken here).
import { type FrameConfig, issuerJwksUrl, requiresCaptureContext } from "../protocol/config";
import { openEndpoint } from "../protocol/endpoint";
import { decideInit, type InitRefusal } from "../protocol/handshake";
import { FRAME_MESSAGES, PAGE_MESSAGES } from "../protocol/messages";
import { PROTOCOL_VERSION } from "../protocol/version";
import { captureContextKeySource } from "./capture-context-source";
import { mountFieldFrame } from "./field-frame";
import { createIssuerJwks, type IssuerJwks } from "./issuer-jwks";
import { configKeySource, type KeySource } from "./key-source";
import { toPublicJwk } from "./to-public-jwk";

/** Options of {@link startFrame}. */
export interface StartFrameOptions {
  /** The frame document's window. */
  readonly view: Window;
  /** Where the field's elements go (the document's `<main>`). */
  readonly root: HTMLElement;
  /** The frame origin's configuration. */
  readonly config: FrameConfig;
  /**
   * Where the encryption key comes from.
   * @default {@link defaultKeySource}: capture contexts when `issuerKeys` is configured, else the
   * configured `encryptionKey`
   */
  readonly keySource?: KeySource;
  /** Told about each refused `init` (a code, never its content): for tests and monitoring. */
  readonly onRefused?: (reason: InitRefusal) => void;
}

/**
 * Starts a frame document: accepts exactly one `init` (from the parent window, from an allowed
 * origin, with a port), then runs the field over that port. Returns a teardown.
 */
export function startFrame(options: StartFrameOptions): () => void {
  const { view, config } = options;
  let initialized = false;
  let teardown = () => {};
  const onMessage = (event: MessageEvent) => {
    const decision = decideInit(event, {
      parent: view.parent,
      self: view,
      allowedOrigins: config.parentOrigins,
      ancestorOrigins: view.location.ancestorOrigins,
      initialized,
    });
    if (!decision.ok) {
      options.onRefused?.(decision.reason);
      return;
    }
    initialized = true;
    const { init, port } = decision;
    if (init.version !== PROTOCOL_VERSION) {
      refuseVersion(port);
      return;
    }
    teardown = mountFieldFrame({
      view,
      root: options.root,
      init,
      port,
      parentOrigin: event.origin,
      config,
      keySource: options.keySource ?? defaultKeySource(config, view.location.origin, view),
    });
  };
  // The listener stays after the init, so every later init is seen and refused (and reported).
  view.addEventListener("message", onMessage);
  return () => {
    view.removeEventListener("message", onMessage);
    teardown();
  };
}

/**
 * The key source a configuration asks for: when `issuerKeys` or `issuerJwks` is set, capture
 * contexts are required (the configured `encryptionKey`, if any, is never used); otherwise the
 * configured key. The JWK Set is fetched with `view`'s `fetch`, and only from `frameOrigin`: a
 * configuration naming another origin gets no keys from it (`key_unavailable`).
 */
export function defaultKeySource(
  config: FrameConfig,
  frameOrigin: string,
  view: Pick<Window, "fetch"> = globalThis,
): KeySource {
  if (!requiresCaptureContext(config)) return configKeySource(config);
  const jwks = config.issuerJwks ? jwksOf(config.issuerJwks, frameOrigin, view) : undefined;
  return captureContextKeySource({
    issuerKeys: (config.issuerKeys ?? []).map(toPublicJwk),
    frameOrigin,
    ...(jwks ? { jwks } : {}),
  });
}

/** The configured JWK Set, or one that never has keys when it is not on the frame's origin. */
function jwksOf(
  location: NonNullable<FrameConfig["issuerJwks"]>,
  frameOrigin: string,
  view: Pick<Window, "fetch">,
): IssuerJwks {
  if (location.frameOrigin !== frameOrigin) return async () => null;
  return createIssuerJwks({
    url: issuerJwksUrl(location),
    fetch: (input, init) => view.fetch(input, init),
    now: () => Date.now(),
  });
}

/** Tells a page of another major version that this frame does not speak it, then hangs up. */
function refuseVersion(port: MessagePort): void {
  const endpoint = openEndpoint({
    port,
    outgoing: FRAME_MESSAGES,
    incoming: PAGE_MESSAGES,
    firstOutgoing: 0,
    firstIncoming: 1,
    onMessage: () => {},
  });
  endpoint.send("error", { code: "unsupported_version", supported: PROTOCOL_VERSION });
  endpoint.close();
}
