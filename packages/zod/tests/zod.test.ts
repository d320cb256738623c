import * as z from "zod";
import * as entry from "../src/index";
import { runSuite } from "./suite";

runSuite("zod", entry, z as never, (shape) => z.object(shape as z.ZodRawShape) as never);
