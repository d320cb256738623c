#!/usr/bin/env node
// The `cardward-frame` command: runs the built CLI, dist/bin.js. package.json's bin points here
// rather than at dist so that installing the repository before its first build can link it
// (pnpm warns "Failed to create bin" for a target that does not exist yet).
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    "cardward-frame is not built yet: run `pnpm -F @cardward/frame build` (or `pnpm build`).\n",
  );
  process.exitCode = 1;
}
