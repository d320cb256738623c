// The page's settings applied inside the frame: locale, accepted brands, the CVC mask, the label,
// the merchant's style filtered again here (what was dropped is reported as a warning).
import type { FrameSettings } from "../protocol/messages";
import { filterStyle } from "../protocol/style";
import type { FieldSession, FrameSend } from "./field-session";
import { relabel, type WriteField } from "./field-writer";
import { LOCALES } from "./locales";

/** The CVC's mask character when the page names none. */
const DEFAULT_MASK = "•";

/** Returns the function that applies a settings message. */
export function createApplySettings(
  session: FieldSession,
  send: FrameSend,
  write: WriteField,
): (next: FrameSettings) => void {
  const { config, model } = session;
  return (next) => {
    session.settings = next;
    const context = model.context;
    context.locale = LOCALES[next.locale ?? "en"];
    context.acceptedBrands = next.acceptedBrands;
    context.mask = next.cvcMask ?? DEFAULT_MASK;
    context.reveal = next.revealCvc ?? false;
    relabel(session);
    const { style, rejected } = filterStyle(next.style ?? {}, config.fonts ?? []);
    session.ui.setStyle(style);
    for (const { variant, property, reason } of rejected) {
      send("warning", {
        code: "style_rejected",
        variant,
        ...(property ? { property } : {}),
        reason,
      });
    }
    if (next.bin && !config.allowBin) send("warning", { code: "bin_not_allowed" });
    write(model.refresh());
  };
}
