import { FRAMES_WITHOUT_NETWORK, project } from "../../tooling/vitest.shared.ts";

export default project("react", "happy-dom", FRAMES_WITHOUT_NETWORK);
