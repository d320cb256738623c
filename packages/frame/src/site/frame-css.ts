/**
 * The frame document's own stylesheet: the input fills the frame, transparent, so the merchant's
 * container (border, background, focus ring) shows around it. The merchant's text styles come on
 * top as a constructable stylesheet.
 */
export const FRAME_CSS = `html,body,main{margin:0;padding:0;height:100%;background:transparent;overflow:hidden}
body{font:16px/1.25 system-ui,sans-serif;color:CanvasText}
input{box-sizing:border-box;display:block;width:100%;height:100%;margin:0;padding:0 .75rem;border:0;outline:0;background:transparent;font:inherit;color:inherit}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
