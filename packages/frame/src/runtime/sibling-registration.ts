// What this frame offers the other frames of its group (same origin, through
// `window.parent.frames`): its value at submit, a touch, the number's brand.
import type { FieldSession } from "./field-session";
import { relabel, type WriteField } from "./field-writer";
import { otherFrames, register, type SiblingApi } from "./siblings";

/** Registers this frame's sibling API on its window. */
export function registerSibling(session: FieldSession, touch: () => void, write: WriteField): void {
  const { model } = session;
  const self: SiblingApi = {
    group: session.group,
    field: session.field,
    read: () => ({ value: model.current.value, secret: model.current.secret }),
    touch,
    setBrand(id) {
      if (!model.setBrand(id)) return;
      relabel(session);
      write(model.refresh());
    },
    brand: () => model.context.brand?.id ?? null,
  };
  register(session.view, self);
}

/** A CVC frame that starts after the number frame takes the brand it already has. */
export function adoptLeaderBrand(session: FieldSession): void {
  if (session.field !== "cvc") return;
  const leader = otherFrames(session.view, session.group).find((api) => api.field === "number");
  session.model.setBrand(leader?.brand() ?? null);
}
