export declare function findEngines(): {
  chromium: string | null;
  firefox: string | null;
  webkit: { driver: string; browser: string; xvfbRun: string | null } | null;
};
export declare const INSTALL_HINTS: Record<"chromium" | "firefox" | "webkit", string>;
