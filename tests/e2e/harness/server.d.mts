export declare function startServer(options: {
  root: string;
  headers?: (url: URL) => Record<string, string>;
}): Promise<{ origin: string; close: () => Promise<void> }>;
