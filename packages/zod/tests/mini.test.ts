import * as z from "zod/mini";
import * as entry from "../src/mini";
import { runSuite } from "./suite";

runSuite("zod/mini", entry as never, z as never, (shape) => z.object(shape as never) as never);
