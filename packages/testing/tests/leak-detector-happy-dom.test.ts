import { leakSuite } from "./support/leak-suite";

leakSuite("happy-dom");
