import { patchMethod, type Restore, restoreAll } from "../patch";

import type { SinkContext, SinkWatch } from "./sink";

type StorageSink = "localStorage" | "sessionStorage";
const STORAGES: readonly StorageSink[] = ["localStorage", "sessionStorage"];

/** The window's storages that can be read (none in an opaque origin, which throws on access). */
function storagesOf(win: SinkContext["win"]): [StorageSink, Storage][] {
  const found: [StorageSink, Storage][] = [];
  for (const sink of STORAGES) {
    try {
      const storage = win[sink];
      void storage.setItem; // Let happy-dom bind the original before anything is patched.
      found.push([sink, storage]);
    } catch {
      // No storage, or an opaque origin that throws on access.
    }
  }
  return found;
}

/**
 * `localStorage` and `sessionStorage`: writes while active, through the prototype both storages
 * share (jsdom, browsers), and through the instances where the environment binds methods onto
 * them on first access (happy-dom does, so its storages never see a later prototype patch);
 * their entries at check.
 */
export function watchStorage({ win, recorded }: SinkContext): SinkWatch {
  const storages = storagesOf(win);
  const restores: Restore[] = [];
  const onSetItem = (sink: StorageSink, args: unknown[]) => {
    const [key = "", value = ""] = args.map(String);
    recorded.scan(sink, [key, value], `${sink}.setItem for key '${key}'`);
  };
  if (win.Storage) {
    const proto = win.Storage.prototype as unknown as Record<string, unknown>;
    restores.push(
      patchMethod(proto, "setItem", (original, self, args) => {
        onSetItem(storages.find(([, s]) => s === self)?.[0] ?? "localStorage", args);
        return original.apply(self, args);
      }),
    );
    for (const [sink, storage] of storages) {
      const bound = storage.setItem;
      if (bound === proto.setItem) continue;
      // happy-dom's proxy hides the bound copy from getOwnPropertyDescriptor but lets it be
      // redefined; put the same bound original back on stop.
      const define = (value: unknown) =>
        Object.defineProperty(storage, "setItem", {
          value,
          writable: true,
          enumerable: false,
          configurable: true,
        });
      define((...args: unknown[]) => {
        onSetItem(sink, args);
        return bound.apply(storage, args as [string, string]);
      });
      restores.push(() => define(bound));
    }
  }
  return {
    scan(now) {
      for (const sink of STORAGES) {
        try {
          const storage = win[sink];
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i) ?? "";
            now.scan(sink, [key, storage.getItem(key) ?? ""], `${sink} key '${key}'`);
          }
        } catch {
          // No storage in this environment.
        }
      }
    },
    stop: () => restoreAll(restores),
  };
}
