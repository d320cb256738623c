// The frame site's script: reads the frame origin's configuration from frame.html (a JSON data
// block, which a CSP does not treat as script) and starts the field. Bundled by the build into
// one hashed file; the only module of the package with side effects.
import { CONFIG_ELEMENT_ID, frameConfigSchema } from "../protocol/config";
import { INVALID } from "../protocol/schema";
import { startFrame } from "./start-frame";

const source = document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? "";
const config = frameConfigSchema(JSON.parse(source || "null"));
const root = document.querySelector("main");
if (config !== INVALID && root) startFrame({ view: window, root, config });
