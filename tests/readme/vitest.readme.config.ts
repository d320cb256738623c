// Runs the READMEs' snippets (written to .generated/ by run.mjs) in happy-dom, against the
// packages' sources. Not named vitest.config.ts: the root `vitest run` must not pick it up before
// run.mjs has generated the snippets.
import { project } from "../../tooling/vitest.shared.ts";

export default project("readme", "happy-dom", {
  root: import.meta.dirname,
  include: ["snippets.test.ts"],
});
