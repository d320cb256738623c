import { project } from "../../tooling/vitest.shared";

export default project("isolated", "happy-dom");
