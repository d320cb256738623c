// The frame's side of the handshake, as a pure decision over what the message event and the
// frame's window say: which `init` to accept (exactly one, from the parent, from an allowed
// origin) and why any other is refused.
import { type InitMessage, initSchema } from "./messages";
import { INVALID } from "./schema";

/** What the frame knows when a window message arrives. */
export interface HandshakeContext {
  /** `window.parent` (the same as the frame's own window when it is not framed). */
  readonly parent: unknown;
  /** The frame's own window. */
  readonly self: unknown;
  /** The origins allowed to embed the frame (the frame origin's configuration). */
  readonly allowedOrigins: readonly string[];
  /** `location.ancestorOrigins` where the browser has it (Chromium, WebKit), else undefined. */
  readonly ancestorOrigins: ArrayLike<string> | undefined;
  /** An `init` was accepted already. */
  readonly initialized: boolean;
}

/** The parts of a `MessageEvent` the decision reads. */
export interface HandshakeEvent {
  readonly source: unknown;
  readonly origin: string;
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}

/** Why an `init` is refused. */
export type InitRefusal =
  | "already_initialized"
  | "not_framed"
  | "not_parent"
  | "origin_not_allowed"
  | "ancestor_mismatch"
  | "invalid_message"
  | "no_port";

/** The decision: the checked init and its port, or why not. */
export type InitDecision =
  | { readonly ok: true; readonly init: InitMessage; readonly port: MessagePort }
  | { readonly ok: false; readonly reason: InitRefusal };

/**
 * Decides whether a window message is the one `init` to accept. In this order: only one init
 * ever; the frame must be framed; the sender must be the parent window (not a sibling, an opener
 * or a nested frame); its origin must be on the allowlist and, where the browser tells, be the
 * first ancestor origin; the message must pass its schema and carry exactly one port.
 */
export function decideInit(event: HandshakeEvent, context: HandshakeContext): InitDecision {
  const refuse = (reason: InitRefusal): InitDecision => ({ ok: false, reason });
  if (context.initialized) return refuse("already_initialized");
  if (context.parent === context.self) return refuse("not_framed");
  if (event.source !== context.parent) return refuse("not_parent");
  if (!context.allowedOrigins.includes(event.origin)) return refuse("origin_not_allowed");
  const ancestors = context.ancestorOrigins;
  if (ancestors && ancestors[0] !== event.origin) return refuse("ancestor_mismatch");
  const init = initSchema(event.data);
  if (init === INVALID) return refuse("invalid_message");
  const [port] = event.ports;
  if (!port || event.ports.length !== 1) return refuse("no_port");
  return { ok: true, init, port };
}
