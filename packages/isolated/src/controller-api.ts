// The controller the page holds: state and listeners, commands to every frame, submit, focus,
// settings changes and the teardown. After `destroy()` every command throws `destroyed`.
import type { CardField } from "@cardward/core";
import { IsolatedFieldsError } from "./errors";
import { type FieldRecord, frameSettings, type LiveSettings, reportStyle } from "./field-record";
import { INITIAL_SNAPSHOT, stateClasses } from "./field-snapshot";
import type { StateStore } from "./state-store";
import { submitCard } from "./submit-card";
import type { IsolatedFieldsController } from "./types";

/** Whether the mount is torn down, and the check every command makes first. */
export interface Lifecycle {
  readonly destroyed: () => boolean;
  /** Throws `destroyed` after `destroy()`. */
  readonly alive: () => void;
  /** Marks the mount destroyed; false when it already was. */
  readonly end: () => boolean;
  /** Aborts every listener of the mount. */
  readonly signal: AbortSignal;
}

/** Creates the lifecycle of one mount. */
export function createLifecycle(): Lifecycle {
  const abort = new AbortController();
  let destroyed = false;
  return {
    destroyed: () => destroyed,
    alive() {
      if (destroyed) throw new IsolatedFieldsError("destroyed");
    },
    end() {
      if (destroyed) return false;
      destroyed = true;
      abort.abort();
      return true;
    },
    signal: abort.signal,
  };
}

/** Returns the controller's `focus`: the iframe element first, then the frame's input. */
export function createFocus(records: readonly FieldRecord[], lifecycle: Lifecycle) {
  return (field: CardField): void => {
    lifecycle.alive();
    const record = records.find((r) => r.field === field);
    // Focus the iframe element first: a cross-origin frame may only take focus while focused.
    record?.iframe.focus();
    record?.channel.send("focus", {});
  };
}

/** What the controller is built from. */
export interface ControllerParts {
  readonly records: readonly FieldRecord[];
  readonly store: StateStore;
  readonly settings: LiveSettings;
  readonly lifecycle: Lifecycle;
  readonly focus: (field: CardField) => void;
  readonly ready: Promise<void>;
  /** Gives back the page's frame stylesheet. */
  readonly release: () => void;
}

/** Creates the controller over the mounted fields. */
export function createController(parts: ControllerParts): IsolatedFieldsController {
  const { records, store, settings, lifecycle } = parts;
  const { alive } = lifecycle;
  return {
    getState: store.getState,
    subscribe: (listener) => (lifecycle.destroyed() ? () => {} : store.subscribe(listener)),
    validate() {
      alive();
      for (const r of records) r.channel.send("validate", {});
      return store.getState().isValid;
    },
    submit: async (submitOptions = {}) => {
      alive();
      return submitCard(records, submitOptions.captureContext);
    },
    clear() {
      alive();
      for (const r of records) r.channel.send("clear", {});
    },
    focus: parts.focus,
    setOptions(next) {
      alive();
      settings.current = { ...settings.current, ...next };
      reportStyle(next);
      for (const r of records) {
        r.channel.send("update", { settings: frameSettings(r.field, settings.current, r.labels) });
      }
    },
    ready: parts.ready,
    destroy() {
      if (!lifecycle.end()) return;
      for (const r of records) {
        r.channel.send("destroy", {});
        r.channel.close();
        r.iframe.remove();
        for (const name of Object.keys(stateClasses(INITIAL_SNAPSHOT))) {
          r.container.classList.remove(name);
        }
      }
      parts.release();
      store.clear();
    },
  };
}
