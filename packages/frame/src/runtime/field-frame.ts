// One card field in its frame, after the handshake: the input bound to core's edit model, the
// state reported to the page (never the value), the page's commands handled, and, in the number
// frame, the submit that gathers the other fields and encrypts the card.
import { type BrandId, type Edit, getBrand } from "@cardward/core";
import { scanDigits } from "@cardward/core/internal";
import type { FrameConfig } from "../protocol/config";
import { openEndpoint } from "../protocol/endpoint";
import {
  FRAME_MESSAGES,
  type FrameFieldState,
  type FrameSettings,
  type InitMessage,
  PAGE_MESSAGES,
  type PagePayload,
} from "../protocol/messages";
import { filterStyle } from "../protocol/style";
import { bindInput } from "./bind-input";
import { createFieldModel, defaultContext, type FieldResult } from "./field-model";
import { createFieldView } from "./field-view";
import type { KeySource } from "./key-source";
import { LOCALES } from "./locales";
import { findGroup, register, type SiblingApi, unregister } from "./siblings";
import { binOf, submitCard } from "./submit-card";

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
  const { view, init, config } = options;
  const { field, group } = init.payload;
  const doc = view.document;
  const ui = createFieldView(doc, options.root, field);
  const model = createFieldModel(field, defaultContext());
  const abort = new AbortController();
  let settings: FrameSettings = init.payload.settings;
  let focused = false;
  let touched = false;
  let lastState = "";
  let lastError: string | null = null;
  let submitting = false;
  const answered = new Set<number>();
  const isLeader = field === "number";
  const others = () => findGroup(view, group).filter((api) => api !== self);

  const endpoint = openEndpoint({
    port: options.port,
    outgoing: FRAME_MESSAGES,
    incoming: PAGE_MESSAGES,
    firstOutgoing: 0,
    firstIncoming: 1,
    onMessage: (message) => {
      switch (message.type) {
        case "update":
          return applySettings(message.payload.settings);
        case "focus":
          return ui.input.focus();
        case "clear":
          touched = false;
          model.clear();
          return write();
        case "validate":
          return touch();
        case "submit":
          return void submit(message.payload);
        case "destroy":
          return teardown();
      }
    },
  });

  /** Writes the model's value and caret into the input, then reports the state. */
  function write(result: FieldResult = model.current): void {
    const { input } = ui;
    if (input.value !== result.value) input.value = result.value;
    if (doc.activeElement === input)
      input.setSelectionRange(result.selectionStart, result.selectionEnd);
    if (isLeader) shareBrand(result.brand?.id ?? null);
    report();
  }

  function shareBrand(id: BrandId | null): void {
    if (!model.setBrand(id)) return;
    for (const api of others()) api.setBrand(id);
    if (id) ui.announce(getBrand(id)?.name ?? "");
  }

  function touch(): void {
    touched = true;
    report();
  }

  /** Sends the state to the page if it changed: flags, issues and metadata, never the value. */
  function report(): void {
    const { status, complete, value } = model.current;
    const error =
      !status.isValid && (touched || !status.isPotentiallyValid)
        ? (status.issues[0] ?? null)
        : null;
    const state: FrameFieldState = {
      field,
      isValid: status.isValid,
      isPotentiallyValid: status.isPotentiallyValid,
      complete,
      empty: value === "",
      focused,
      touched,
      issues: status.issues.map(({ code, message }) => ({ code, message })),
      error: error ? { code: error.code, message: error.message } : null,
      ...extras(),
    };
    const message = error?.message ?? null;
    if (message !== lastError) {
      lastError = message;
      ui.showError(message);
      if (message) ui.announce(message);
    }
    ui.setClasses({
      "is-focused": focused,
      "is-invalid": error !== null,
      "is-complete": complete && status.isValid,
      "is-empty": value === "",
    });
    const serialized = JSON.stringify(state);
    if (serialized === lastState) return;
    lastState = serialized;
    endpoint.send("state", state);
  }

  /** The number's brand, candidates and (opt-in) BIN; the CVC's code name and size. */
  function extras(): Partial<FrameFieldState> {
    if (field === "cvc") {
      const code = model.context.brand?.code;
      return code ? { codeName: code.name, codeSize: code.size } : {};
    }
    if (!isLeader) return {};
    const status = model.current.status as { candidates?: readonly { id: BrandId }[] };
    const bin =
      settings.bin && config.allowBin ? binOf(scanDigits(model.current.value).digits) : undefined;
    return {
      brand: model.context.brand?.id ?? null,
      candidates: (status.candidates ?? []).map((brand) => brand.id),
      ...(bin ? { bin } : {}),
    };
  }

  /**
   * The accessible name: the page's label, and for the CVC the code's name after it, e.g.
   * "Security code (CID)", so the visible label stays part of it (WCAG 2.5.3).
   */
  function relabel(): void {
    const code = field === "cvc" ? model.context.brand?.code?.name : undefined;
    const label = code ? `${settings.label} (${code})` : settings.label;
    ui.label(label, settings.placeholder, model.context.locale);
  }

  function applySettings(next: FrameSettings): void {
    settings = next;
    const context = model.context;
    context.locale = LOCALES[next.locale ?? "en"];
    context.acceptedBrands = next.acceptedBrands;
    context.mask = next.cvcMask ?? "•";
    context.reveal = next.revealCvc ?? false;
    relabel();
    const { style, rejected } = filterStyle(next.style ?? {}, config.fonts ?? []);
    ui.setStyle(style);
    for (const { variant, property, reason } of rejected) {
      endpoint.send("warning", {
        code: "style_rejected",
        variant,
        ...(property ? { property } : {}),
        reason,
      });
    }
    if (next.bin && !config.allowBin) endpoint.send("warning", { code: "bin_not_allowed" });
    write(model.refresh());
  }

  async function submit(request: PagePayload<"submit">): Promise<void> {
    if (answered.has(request.id)) return;
    answered.add(request.id);
    if (!isLeader || submitting) {
      endpoint.send("result", { id: request.id, error: isLeader ? "busy" : "not_leader" });
      return;
    }
    submitting = true;
    const result = await submitCard(request, {
      group: findGroup(view, group),
      model: model.context,
      keySource: options.keySource,
      parentOrigin: options.parentOrigin,
      bin: !!settings.bin && !!config.allowBin,
    });
    submitting = false;
    endpoint.send("result", { id: request.id, ...result });
  }

  const self: SiblingApi = {
    group,
    field,
    read: () => ({ value: model.current.value, secret: model.current.secret }),
    touch,
    setBrand(id) {
      if (!model.setBrand(id)) return;
      relabel();
      write(model.refresh());
    },
    brand: () => model.context.brand?.id ?? null,
  };
  register(view, self);

  bindInput(
    ui.input,
    (edit: Edit) => {
      const { input } = ui;
      const selection =
        edit.kind === "input"
          ? { start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 }
          : undefined;
      write(model.apply(edit, selection));
    },
    field !== "cvc",
    abort.signal,
  );
  const onFocus = (event: FocusEvent) => {
    focused = event.type === "focus";
    touched ||= !focused;
    report();
  };
  ui.input.addEventListener("focus", onFocus, { signal: abort.signal });
  ui.input.addEventListener("blur", onFocus, { signal: abort.signal });
  // A security code never outlives the visit (back-forward cache, unload).
  view.addEventListener("pagehide", () => wipe(), { signal: abort.signal });

  function wipe(): void {
    model.clear();
    ui.input.value = "";
    write();
  }

  let destroyed = false;
  function teardown(): void {
    if (destroyed) return;
    destroyed = true;
    abort.abort();
    model.current.secret?.wipe();
    model.clear();
    ui.input.value = "";
    unregister(view);
    endpoint.close();
  }

  if (field === "cvc") {
    const leader = others().find((api) => api.field === "number");
    model.setBrand(leader?.brand() ?? null);
  }
  endpoint.send("ready", { nonce: init.nonce, field });
  applySettings(settings);
  return teardown;
}
