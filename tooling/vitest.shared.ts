// Shared vitest settings: packages are resolved to their sources through the `@cardward/source`
// export condition, and every test fails if it writes to the console.
import { fileURLToPath } from "node:url";
import { defineProject, type UserWorkspaceConfig } from "vitest/config";

const failOnConsole = fileURLToPath(new URL("./fail-on-console.ts", import.meta.url));

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
