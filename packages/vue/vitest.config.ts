import { project } from "../../tooling/vitest.shared";

export default project("vue", "happy-dom");
