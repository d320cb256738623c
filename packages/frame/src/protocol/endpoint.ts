// One side of the channel after the handshake: a MessagePort with a sequence number per
// direction. Every message sent is first passed through its schema (so only the keys the
// protocol names ever cross), and every message received is checked before it is handled.

import { parseMessage } from "./messages";
import { INVALID, type Infer, type Schema } from "./schema";
import { PROTOCOL, PROTOCOL_VERSION } from "./version";

type Table = Record<string, Schema<object>>;

/** One side of an open channel. */
export interface Endpoint<Out extends Table> {
  /**
   * Sends a message of `type`. Returns false (and sends nothing) when the payload does not pass
   * its schema or the endpoint is closed.
   */
  send<T extends keyof Out & string>(type: T, payload: Infer<Out[T]>): boolean;
  /** Stops listening and closes the port. Idempotent. */
  close(): void;
}

/** Options of {@link openEndpoint}. */
export interface EndpointOptions<Out extends Table, In extends Table> {
  /** The port both sides hold. */
  readonly port: MessagePort;
  /** Schemas of what this side sends. */
  readonly outgoing: Out;
  /** Schemas of what this side accepts. */
  readonly incoming: In;
  /**
   * The sequence number of this side's first port message (the page's is 1, its `init` was 0).
   * The other side's first message must carry `firstIncoming`.
   */
  readonly firstOutgoing: number;
  /** See {@link firstOutgoing}. */
  readonly firstIncoming: number;
  /** Handles a checked message, in order. */
  readonly onMessage: (
    message: { [K in keyof In & string]: { type: K; payload: Infer<In[K]> } }[keyof In & string],
  ) => void;
  /** Called for a message dropped (malformed, another version, or out of sequence). */
  readonly onDrop?: (reason: "invalid" | "version" | "sequence") => void;
}

/**
 * Opens an endpoint on `port`. Messages of another major version, out of sequence or that fail
 * their schema are dropped; unknown types too (they count in the sequence: a newer minor may
 * send types this side does not know).
 */
export function openEndpoint<Out extends Table, In extends Table>(
  options: EndpointOptions<Out, In>,
): Endpoint<Out> {
  const { port, outgoing, incoming, onMessage, onDrop } = options;
  let sent = options.firstOutgoing;
  let expected = options.firstIncoming;
  let closed = false;
  port.onmessage = ({ data }: MessageEvent) => {
    const seq = (data as { seq?: unknown } | null)?.seq;
    if (seq !== expected) return onDrop?.("sequence");
    expected += 1;
    const message = parseMessage(incoming, data);
    if (message === INVALID) return onDrop?.("invalid");
    if (message.version !== PROTOCOL_VERSION) return onDrop?.("version");
    onMessage({ type: message.type, payload: message.payload } as never);
  };
  return {
    send(type, payload) {
      const schema = outgoing[type] as Schema<object>;
      const checked = schema(payload);
      if (closed || checked === INVALID) return false;
      port.postMessage({
        protocol: PROTOCOL,
        version: PROTOCOL_VERSION,
        seq: sent,
        type,
        payload: checked,
      });
      sent += 1;
      return true;
    },
    close() {
      if (closed) return;
      closed = true;
      port.onmessage = null;
      port.close();
    },
  };
}
