import { simulatorSuite } from "./support/simulator-suite";

simulatorSuite("happy-dom");
