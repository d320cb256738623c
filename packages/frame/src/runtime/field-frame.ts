// One card field in its frame, after the handshake: the input bound to core's edit model, the
// state reported to the page (never the value), the page's commands handled, and, in the number
// frame, the submit that gathers the other fields and encrypts the card. This module is the
// composition root: each part lives in its own module.
import type { FrameConfig } from "../protocol/config";
import { openEndpoint } from "../protocol/endpoint";
import { FRAME_MESSAGES, type InitMessage, PAGE_MESSAGES } from "../protocol/messages";
import { createApplySettings } from "./apply-settings";
import { bindFieldEvents } from "./field-events";
import { createFieldModel, defaultContext } from "./field-model";
import type { FieldSession, FrameSend } from "./field-session";
import { createFieldView } from "./field-view";
import { createFieldWriter } from "./field-writer";
import { type CommandHandlers, dispatchCommand } from "./frame-commands";
import type { KeySource } from "./key-source";
import { createLeaderSubmit } from "./leader-submit";
import { adoptLeaderBrand, registerSibling } from "./sibling-registration";
import { unregister } from "./siblings";
import { createStateReport } from "./state-report";

/** What a field frame runs with. */
export interface FieldFrameOptions {
  readonly view: Window;
  readonly root: HTMLElement;
  readonly init: InitMessage;
  readonly port: MessagePort;
  readonly parentOrigin: string;
  readonly config: FrameConfig;
  readonly keySource: KeySource;
}

/** Mounts the field the page asked for; returns its teardown. */
export function mountFieldFrame(options: FieldFrameOptions): () => void {
  const { view, init } = options;
  const { field, group, settings } = init.payload;
  const session: FieldSession = {
    view,
    field,
    group,
    isLeader: field === "number",
    config: options.config,
    model: createFieldModel(field, defaultContext()),
    ui: createFieldView(view.document, options.root, field),
    settings,
    focused: false,
    touched: false,
  };
  const { model, ui } = session;
  const abort = new AbortController();
  const endpoint = openEndpoint({
    port: options.port,
    outgoing: FRAME_MESSAGES,
    incoming: PAGE_MESSAGES,
    firstOutgoing: 0,
    firstIncoming: 1,
    // Port messages arrive as tasks, after this function has set `handlers` up.
    onMessage: (message) => dispatchCommand(message, handlers),
  });
  const send: FrameSend = (type, payload) => endpoint.send(type, payload);
  const report = createStateReport(session, send);
  const write = createFieldWriter(session, report);
  const touch = () => {
    session.touched = true;
    report();
  };
  const wipe = () => {
    model.clear();
    ui.input.value = "";
    write();
  };
  let destroyed = false;
  const teardown = () => {
    if (destroyed) return;
    destroyed = true;
    abort.abort();
    model.current.secret?.wipe();
    model.clear();
    ui.input.value = "";
    unregister(view);
    endpoint.close();
  };
  const applySettings = createApplySettings(session, send, write);
  const submit = createLeaderSubmit(session, send, options);
  const handlers: CommandHandlers = {
    update: applySettings,
    focus: () => ui.input.focus(),
    clear: () => {
      session.touched = false;
      model.clear();
      write();
    },
    validate: touch,
    submit: (request) => void submit(request),
    destroy: teardown,
  };
  registerSibling(session, touch, write);
  bindFieldEvents(session, { write, report, wipe }, abort.signal);
  adoptLeaderBrand(session);
  send("ready", { nonce: init.nonce, field });
  applySettings(settings);
  return teardown;
}
