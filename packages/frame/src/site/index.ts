// @cardward/frame/site (Node): build the static frame site and serve it locally.

export type { BuiltSite } from "./build-site";
export { buildFrameSite, checkFrameConfig } from "./build-site";
export type { Header } from "./headers";
export { frameCsp, frameHeaders, netlifyHeaders, nginxSnippet, vercelJson } from "./headers";
export type { ServedFrameSite, ServeFrameSiteOptions } from "./serve-site";
export { serveFrameSite } from "./serve-site";
