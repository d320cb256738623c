// The field's state as the page sees it: flags, issues and metadata, never the value. Sent only
// when it changed; the error text and the state classes are kept in step inside the frame.
import type { BrandId } from "@cardward/core";
import { scanDigits } from "@cardward/core/internal";
import type { FrameFieldState } from "../protocol/messages";
import type { FieldSession, FrameSend } from "./field-session";
import { binOf } from "./submit-card";

/** The number's brand, candidates and (opt-in) BIN; the CVC's code name and size. */
function extras(session: FieldSession): Partial<FrameFieldState> {
  const { model } = session;
  if (session.field === "cvc") {
    const code = model.context.brand?.code;
    return code ? { codeName: code.name, codeSize: code.size } : {};
  }
  if (!session.isLeader) return {};
  const status = model.current.status as { candidates?: readonly { id: BrandId }[] };
  const bin =
    session.settings.bin && session.config.allowBin
      ? binOf(scanDigits(model.current.value).digits)
      : undefined;
  return {
    brand: model.context.brand?.id ?? null,
    candidates: (status.candidates ?? []).map((brand) => brand.id),
    ...(bin ? { bin } : {}),
  };
}

/** Returns `report()`: sends the state to the page if it changed, and shows the error. */
export function createStateReport(session: FieldSession, send: FrameSend): () => void {
  let lastState = "";
  let lastError: string | null = null;
  return () => {
    const { focused, touched, ui, field } = session;
    const { status, complete, value } = session.model.current;
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
      ...extras(session),
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
    send("state", state);
  };
}
