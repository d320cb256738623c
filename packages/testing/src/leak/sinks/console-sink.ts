import { collectStrings } from "../collect-strings";
import { patchMethod, restoreAll } from "../patch";

import type { SinkContext, SinkWatch } from "./sink";

const CONSOLE_METHODS = [
  "log",
  "info",
  "warn",
  "error",
  "debug",
  "trace",
  "dir",
  "dirxml",
  "table",
  "group",
  "groupCollapsed",
  "assert",
  "count",
  "timeLog",
] as const;

/** The console: every level, arguments walked deeply; quiet swallows the output. */
export function watchConsole({ win, recorded, quiet }: SinkContext): SinkWatch {
  const target: Console = win.console ?? globalThis.console;
  const methods: Record<string, unknown> = target as unknown as Record<string, unknown>;
  const restores = CONSOLE_METHODS.filter((method) => typeof target[method] === "function").map(
    (method) =>
      patchMethod(methods, method, (original, self, args) => {
        args.forEach((arg, i) => {
          recorded.scan("console", collectStrings(arg), `console.${method} argument ${i + 1}`);
        });
        return quiet ? undefined : original.apply(self, args);
      }),
  );
  return { stop: () => restoreAll(restores) };
}
