// Shared vitest settings: packages are resolved to their sources through the `@cardward/source`
// export condition, and every test fails if it writes to the console.
import { fileURLToPath } from "node:url";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

const failOnConsole = fileURLToPath(new URL("./fail-on-console.ts", import.meta.url));

/**
 * happy-dom settings for suites that mount the isolated fields: a frame gets its own (empty)
 * window at its URL, as in a browser before the frame site answers, but nothing is fetched.
 * happy-dom's default refuses to load any iframe page and prints a "Iframe page loading is
 * disabled" error to the process's console for each frame, which no test can assert on.
 */
export const FRAMES_WITHOUT_NETWORK: UserWorkspaceConfig["test"] = {
  environmentOptions: {
    happyDOM: {
      settings: {
        enableIframePageLoading: true,
        // A child frame's navigation only sets its URL: no request leaves the test.
        navigation: { disableChildFrameNavigation: true },
      },
    },
  },
};

/** A vitest project for one package or suite, in the given environment. */
export function project(
  name: string,
  environment: "node" | "happy-dom" | "jsdom",
  extra: UserWorkspaceConfig["test"] = {},
): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: ["@cardward/source"] },
    // Vite resolves the node environment's imports with `ssr.resolve` conditions, not `resolve`.
    ssr: { resolve: { conditions: ["@cardward/source"] } },
    test: {
      name,
      environment,
      setupFiles: [failOnConsole],
      include: ["tests/**/*.test.{ts,tsx}"],
      typecheck: { enabled: false },
      ...extra,
    },
  });
}
