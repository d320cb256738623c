/** Every event type the simulators may fire on a field. */
export const EVENT_TYPES = [
  "focus",
  "focusin",
  "blur",
  "focusout",
  "keydown",
  "keypress",
  "keyup",
  "beforeinput",
  "textInput",
  "input",
  "change",
  "paste",
  "cut",
  "compositionstart",
  "compositionupdate",
  "compositionend",
] as const;

/** One recorded event: its type plus the fields that matter for that type. */
export interface Recorded {
  readonly type: string;
  /** `key` for keyboard events, `inputType:data` for input events, `data` for others. */
  readonly what: string;
  readonly value: string;
  readonly event: Event;
}

function what(e: Event): string {
  const any = e as unknown as Record<string, unknown>;
  if (e.type.startsWith("key")) return String(any.key);
  if (e.type === "beforeinput" || e.type === "input")
    return `${String(any.inputType)}:${String(any.data)}`;
  if (e.type.startsWith("composition") || e.type === "textInput") return String(any.data);
  if (e.type === "paste" || e.type === "cut") {
    const data = any.clipboardData as { getData(f: string): string } | null;
    return data ? data.getData("text/plain") : "no clipboardData";
  }
  return "";
}

/** Records every simulator-relevant event fired at `el`, with the field's value at that moment. */
export function recordEvents(el: HTMLInputElement | HTMLTextAreaElement) {
  const log: Recorded[] = [];
  for (const type of EVENT_TYPES) {
    el.addEventListener(type, (event) =>
      log.push({ type, what: what(event), value: el.value, event }),
    );
  }
  return {
    log,
    /** `type` or `type(what)` per event, to compare with an expected sequence. */
    seq: () => log.map((r) => (r.what === "" ? r.type : `${r.type}(${r.what})`)),
    clear: () => {
      log.length = 0;
    },
    get: (type: string) => log.filter((r) => r.type === type),
    /** The `index`th event of `type`; throws if there is none. */
    event<E extends Event = Event>(type: string, index = 0): E {
      const found = log.filter((r) => r.type === type)[index];
      if (!found) throw new Error(`no ${type} event #${index}`);
      return found.event as E;
    },
  };
}
