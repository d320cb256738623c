// @vitest-environment jsdom
import { leakSuite } from "./support/leak-suite";

leakSuite("jsdom");
