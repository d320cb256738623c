import { project } from "../../tooling/vitest.shared";

export default project("react", "happy-dom");
