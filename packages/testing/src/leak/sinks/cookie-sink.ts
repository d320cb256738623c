import { patchProperty, type Restore } from "../patch";
import type { SinkContext, SinkWatch } from "./sink";

/** `document.cookie`: writes while active, the cookie string at check. */
export function watchCookie({ doc, recorded }: SinkContext): SinkWatch {
  if (!doc) return {};
  const restore: Restore = patchProperty(doc, "cookie", (descriptor) => ({
    get() {
      return descriptor.get?.call(this);
    },
    set(value: unknown) {
      recorded.scan("cookie", [String(value)], "a document.cookie write");
      descriptor.set?.call(this, value);
    },
  }));
  return {
    scan(now) {
      try {
        now.scan("cookie", [doc.cookie], "document.cookie");
      } catch {
        // Documents without a cookie jar.
      }
    },
    stop: restore,
  };
}
