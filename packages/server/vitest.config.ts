import { project } from "../../tooling/vitest.shared.ts";

// RSA key generation takes seconds on a busy machine; the tests generate their keys once per
// file, so allow for it rather than share keys between files.
const RSA_KEYGEN_ALLOWANCE_MS = 30_000;

export default project("server", "node", {
  testTimeout: RSA_KEYGEN_ALLOWANCE_MS,
  hookTimeout: RSA_KEYGEN_ALLOWANCE_MS,
});
