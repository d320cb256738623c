// The page's side of one frame's channel: post the one `init` (to the exact frame origin, with
// a fresh port and nonce), wait for `ready` echoing the nonce, then exchange messages over the
// port only. Commands made before `ready` wait and go out in order once it comes. Submit requests
// carry ids answered once.
import type { CardField } from "@cardward/core";
import {
  FRAME_MESSAGES,
  type FrameFieldState,
  type FrameMessageType,
  type FramePayload,
  type FrameSettings,
  openEndpoint,
  PAGE_MESSAGES,
  type PagePayload,
  PROTOCOL,
  PROTOCOL_VERSION,
} from "@cardward/frame/protocol";
import type { IsolatedErrorCode } from "./errors";

/** Bytes of randomness in a nonce or a group id (base64url: 32 characters). */
const NONCE_BYTES = 24;

/** A random base64url string from the page's CSPRNG. */
export function randomId(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The commands the page sends a frame (a submit goes through {@link PageChannel.submit}). */
export type PageCommandType = "update" | "focus" | "clear" | "validate" | "destroy";

/** A frame's message as the endpoint delivers it. */
type FrameMessage = {
  [T in FrameMessageType]: { readonly type: T; readonly payload: FramePayload<T> };
}[FrameMessageType];

/** A command waiting for the handshake. */
interface HeldCommand {
  readonly type: PageCommandType;
  readonly payload: PagePayload<PageCommandType>;
}

/** Where a channel is. */
export type ChannelStatus = "connecting" | "ready" | "failed" | "closed";

/** What the channel tells its owner. */
export interface ChannelEvents {
  onReady(): void;
  onState(state: FrameFieldState): void;
  onWarning(warning: FramePayload<"warning">): void;
  onFailure(code: IsolatedErrorCode): void;
}

/** The page's side of one frame's channel. */
export interface PageChannel {
  readonly status: () => ChannelStatus;
  /** Posts `init` to `target` (once; later calls do nothing). */
  init(target: Pick<Window, "postMessage">): void;
  /**
   * Sends a command. Before the frame is ready it waits, and the waiting commands go out in the
   * order they were made when it is; a channel that fails or closes first drops them.
   */
  send<T extends PageCommandType>(type: T, payload: PagePayload<T>): void;
  /** Asks the frame to submit; resolves with its one answer. */
  submit(request: Omit<PagePayload<"submit">, "id">): Promise<FramePayload<"result">>;
  close(): void;
}

/** Options of {@link createPageChannel}. */
export interface PageChannelOptions extends ChannelEvents {
  readonly frameOrigin: string;
  readonly field: CardField;
  readonly group: string;
  readonly settings: FrameSettings;
  readonly crypto: Crypto;
  /** The page's `MessageChannel` constructor (its realm's). */
  readonly MessageChannel: typeof MessageChannel;
}

/** Whether the frame's first message is the `ready` that echoes our nonce and field. */
function answersInit(message: FrameMessage, nonce: string, field: CardField): boolean {
  return (
    message.type === "ready" && message.payload.nonce === nonce && message.payload.field === field
  );
}

/** The one `init` message: protocol, version, sequence 0, the nonce, the field's settings. */
function initMessage(options: PageChannelOptions, nonce: string) {
  return {
    protocol: PROTOCOL,
    version: PROTOCOL_VERSION,
    seq: 0,
    type: "init",
    nonce,
    payload: { field: options.field, group: options.group, settings: options.settings },
  };
}

/** Creates the channel of one frame (nothing is sent before {@link PageChannel.init}). */
export function createPageChannel(options: PageChannelOptions): PageChannel {
  const { port1, port2 } = new options.MessageChannel();
  const nonce = randomId(options.crypto);
  let status: ChannelStatus = "connecting";
  let nextId = 1;
  let held: HeldCommand[] = [];
  const pending = new Map<number, (result: FramePayload<"result">) => void>();
  const fail = (code: IsolatedErrorCode) => {
    if (status === "failed" || status === "closed") return;
    status = "failed";
    held = [];
    endpoint.close();
    options.onFailure(code);
  };
  const endpoint = openEndpoint({
    port: port1,
    outgoing: PAGE_MESSAGES,
    incoming: FRAME_MESSAGES,
    firstOutgoing: 1,
    firstIncoming: 0,
    onMessage(message) {
      if (status === "connecting") {
        if (message.type === "error") return fail("unsupported_version");
        if (!answersInit(message, nonce, options.field)) return fail("handshake_failed");
        status = "ready";
        for (const command of held.splice(0)) endpoint.send(command.type, command.payload as never);
        return options.onReady();
      }
      if (status !== "ready") return;
      if (message.type === "state" && message.payload.field === options.field) {
        options.onState(message.payload);
      } else if (message.type === "warning") {
        options.onWarning(message.payload);
      } else if (message.type === "result") {
        const resolve = pending.get(message.payload.id);
        pending.delete(message.payload.id);
        resolve?.(message.payload);
      } else if (message.type === "error") {
        fail("unsupported_version");
      }
    },
    // The first message out of order or malformed means this is not the frame we started.
    onDrop: () => status === "connecting" && fail("handshake_failed"),
  });
  let posted = false;
  return {
    status: () => status,
    init(target) {
      if (posted) return;
      posted = true;
      target.postMessage(initMessage(options, nonce), options.frameOrigin, [port2]);
    },
    send(type, payload) {
      if (status === "ready") endpoint.send(type, payload as never);
      else if (status === "connecting") held.push({ type, payload });
    },
    submit(request) {
      const id = nextId++;
      return new Promise((resolve) => {
        if (status !== "ready") return resolve({ id, error: "busy" });
        pending.set(id, resolve);
        endpoint.send("submit", { id, ...request });
      });
    },
    close() {
      status = "closed";
      held = [];
      for (const [id, resolve] of pending) resolve({ id, error: "busy" });
      pending.clear();
      endpoint.close();
    },
  };
}
