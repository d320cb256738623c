// Fails any test that writes to the console: card data must never reach a log, and a package that
// logs at all is one refactor away from logging a card. Diagnostics go to `onWarning` instead.
import { afterEach, beforeEach } from "vitest";

const METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const;
type Method = (typeof METHODS)[number];

const calls: string[] = [];
const originals = new Map<Method, (...args: unknown[]) => void>();

beforeEach(() => {
  calls.length = 0;
  for (const method of METHODS) {
    originals.set(method, console[method] as (...args: unknown[]) => void);
    console[method] = () => {
      calls.push(method);
    };
  }
});

afterEach(() => {
  for (const [method, original] of originals) console[method] = original;
  if (calls.length > 0) {
    const used = [...new Set(calls)].join(", ");
    calls.length = 0;
    throw new Error(
      `The test wrote to the console (console.${used}); no console output is allowed.`,
    );
  }
});
