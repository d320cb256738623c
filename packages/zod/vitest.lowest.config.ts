// The zod suite again, against the lowest zod the peer range allows (`zod-lowest`, an alias
// dependency pinned to it): every import of `zod` and `zod/...` resolves to that version.
import { project } from "../../tooling/vitest.shared.ts";

const base = project("zod-lowest", "node", { include: ["tests/**/*.test.ts"] });

export default {
  ...base,
  resolve: { ...base.resolve, alias: [{ find: /^zod(?=\/|$)/, replacement: "zod-lowest" }] },
};
