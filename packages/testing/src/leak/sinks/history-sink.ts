import { collectStrings } from "../collect-strings";
import { patchMethod, restoreAll } from "../patch";

import type { SinkContext, SinkWatch } from "./sink";

/** A URL as written and decoded (`%20` and `+` become spaces), so encoded secrets are found. */
export function urlForms(url: string): string[] {
  try {
    return [url, decodeURIComponent(url.replace(/\+/g, " "))];
  } catch {
    return [url];
  }
}

/**
 * The URL and `history`: states and URLs given to `pushState`/`replaceState` while active,
 * `location.href` and `history.state` at check.
 */
export function watchHistory({ win, recorded }: SinkContext): SinkWatch {
  const { history } = win;
  const restores = history
    ? (["pushState", "replaceState"] as const).map((method) =>
        patchMethod(
          history as unknown as Record<string, unknown>,
          method,
          (original, self, args) => {
            recorded.scan(
              "history",
              collectStrings(args[0]),
              `the state given to history.${method}`,
            );
            if (args[2] != null)
              recorded.scan("url", urlForms(String(args[2])), `the URL given to history.${method}`);
            return original.apply(self, args);
          },
        ),
      )
    : [];
  return {
    scan(now) {
      if (win.location) now.scan("url", urlForms(win.location.href), "location.href");
      if (history) now.scan("history", collectStrings(history.state), "history.state");
    },
    stop: () => restoreAll(restores),
  };
}
