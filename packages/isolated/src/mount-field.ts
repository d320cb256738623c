// One field on the page: its iframe in the merchant's container, its channel (the `init` posted
// when the frame document has loaded), and its page labels turned into focus commands.
import type { CardField } from "@cardward/core";
import { IsolatedFieldsError } from "./errors";
import { type FieldRecord, frameSettings, type LiveSettings, labelsOf } from "./field-record";
import { INITIAL_SNAPSHOT, snapshotOf } from "./field-snapshot";
import { createFrameElement } from "./frame-element";
import { createPageChannel } from "./page-channel";
import type { ReadySignal } from "./ready-signal";
import type { StateStore } from "./state-store";
import type { IsolatedMountOptions } from "./types";

/** What every field of one mount shares. */
export interface MountFieldContext {
  readonly frameOrigin: string;
  readonly group: string;
  readonly view: Window & typeof globalThis;
  readonly titles: IsolatedMountOptions["titles"];
  readonly settings: LiveSettings;
  readonly store: StateStore;
  readonly ready: ReadySignal;
  /** Whether every field is ready (asked when this one becomes ready). */
  readonly allReady: () => boolean;
  /** The controller's `focus`, which a page label's click calls. */
  readonly focus: (field: CardField) => void;
  readonly signal: AbortSignal;
}

/**
 * Makes a page label focus its frame on click. Its mousedown keeps the focus where it is: were the
 * page to take it then, a sibling frame holding it would blur and report, the page would show
 * that field's error, and the label could move from under the pointer before mouseup, so the
 * click would land elsewhere and focus nothing.
 */
function bindLabel(label: HTMLLabelElement, focus: () => void, signal: AbortSignal): void {
  const keepFocus = (event: Event) => event.preventDefault();
  const onClick = (event: Event) => {
    event.preventDefault();
    focus();
  };
  label.addEventListener("mousedown", keepFocus, { signal });
  label.addEventListener("click", onClick, { signal });
}

/** Mounts one field's frame in `container`. */
export function mountField(
  field: CardField,
  container: Element,
  context: MountFieldContext,
): FieldRecord {
  const { settings, store, signal } = context;
  const labels = labelsOf(container);
  const initial = frameSettings(field, settings.current, labels);
  const title = context.titles?.[field] ?? initial.label;
  const iframe = createFrameElement(container, context.frameOrigin, field, title);
  const record: FieldRecord = {
    field,
    container,
    iframe,
    labels,
    snapshot: INITIAL_SNAPSHOT,
    ready: false,
    channel: createPageChannel({
      frameOrigin: context.frameOrigin,
      field,
      group: context.group,
      settings: initial,
      crypto: context.view.crypto,
      MessageChannel: context.view.MessageChannel,
      onReady() {
        record.ready = true;
        if (context.allReady()) context.ready.resolve();
        store.publish();
      },
      onState(next) {
        record.snapshot = snapshotOf(next);
        if (field === "number") store.updateNumber(next);
        store.publish();
      },
      onWarning(warning) {
        if (field === "number" && warning.code === "bin_not_allowed") {
          settings.current.onWarning?.({ code: "bin_not_allowed" });
        }
      },
      onFailure(reason) {
        settings.current.onWarning?.({ code: "frame_failed", field, reason });
        context.ready.reject(new IsolatedFieldsError(reason));
      },
    }),
  };
  const init = () => record.channel.init(iframe.contentWindow as Window);
  iframe.addEventListener("load", init, { once: true, signal });
  for (const label of labels) bindLabel(label, () => context.focus(field), signal);
  return record;
}
