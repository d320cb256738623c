export declare const CHROMIUM_ARGS: string[];
export declare const IGNORED_DEFAULT_ARGS: string[];
export declare const INSTALL_HINT: string;
export declare function findChromium(): string | null;
