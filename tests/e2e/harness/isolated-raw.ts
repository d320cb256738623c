// A hand-made page side of the channel, run inside a page with `page.evaluate`: it creates frames
// and speaks the protocol directly, so the suites can send what the SDK never would (a second
// init, another version, a key, unfiltered styles) and see what the frame answers.

/** A message a frame sent, as the raw channel keeps it. */
export interface RawMessage {
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

/** The page's `window.__raw`. */
export interface RawFrames {
  /** Creates an iframe titled `name` on `src`, waits for its load and posts `init` with a port. */
  open(name: string, src: string, init: Record<string, unknown>): Promise<void>;
  /** Posts another init (with its own port) to an opened frame; answers are kept under `as`. */
  reinit(name: string, as: string, init: Record<string, unknown>): void;
  /** Sends a port message of `type` (with the next sequence number). */
  send(name: string, type: string, payload: unknown): void;
  /** What the frame sent on the port kept under `name`. */
  messages(name: string): RawMessage[];
}

/** A window with the raw channel installed. */
export type RawWindow = Window & { __raw: RawFrames };

/** Installs `window.__raw` in the page (call with `page.evaluate(installRawFrames)`). */
export function installRawFrames(): void {
  const ports = new Map<string, { port: MessagePort; seq: number; received: unknown[] }>();
  const frames = new Map<string, HTMLIFrameElement>();
  const raw: RawFrames = {
    async open(name: string, src: string, init: Record<string, unknown>) {
      const iframe = document.createElement("iframe");
      iframe.title = name;
      iframe.src = src;
      frames.set(name, iframe);
      const loaded = new Promise((done) => iframe.addEventListener("load", done, { once: true }));
      document.body.append(iframe);
      await loaded;
      const channel = new MessageChannel();
      const entry = { port: channel.port1, seq: 1, received: [] as unknown[] };
      channel.port1.onmessage = (event) => entry.received.push(event.data);
      ports.set(name, entry);
      iframe.contentWindow?.postMessage(init, new URL(src).origin, [channel.port2]);
    },
    reinit(name: string, as: string, init: Record<string, unknown>) {
      const iframe = frames.get(name);
      const channel = new MessageChannel();
      const entry = { port: channel.port1, seq: 1, received: [] as unknown[] };
      channel.port1.onmessage = (event) => entry.received.push(event.data);
      ports.set(as, entry);
      iframe?.contentWindow?.postMessage(init, new URL(iframe.src).origin, [channel.port2]);
    },
    send(name: string, type: string, payload: unknown) {
      const entry = ports.get(name);
      if (!entry) return;
      entry.port.postMessage({
        protocol: "cardward-frame",
        version: 1,
        seq: entry.seq,
        type,
        payload,
      });
      entry.seq += 1;
    },
    messages: (name: string) => (ports.get(name)?.received ?? []) as RawMessage[],
  };
  Object.assign(window, { __raw: raw });
}

/** An init message (a fresh nonce each time unless given). */
export function initMessage(
  field: string,
  group: string,
  settings: Record<string, unknown> = { label: field },
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const nonce = `n${Math.random().toString(36).slice(2)}${"x".repeat(24)}`.slice(0, 32);
  return {
    protocol: "cardward-frame",
    version: 1,
    seq: 0,
    type: "init",
    nonce,
    payload: { field, group, settings },
    ...extra,
  };
}
