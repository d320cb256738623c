import { project } from "../../tooling/vitest.shared";

export default project("testing", "happy-dom");
