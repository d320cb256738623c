import { project } from "../../tooling/vitest.shared.ts";

export default project("vue", "happy-dom");
