// @vitest-environment jsdom
import { simulatorSuite } from "./support/simulator-suite";

simulatorSuite("jsdom");
