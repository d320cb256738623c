export declare function startServer(options: {
  root: string;
  headers?: (url: URL) => Record<string, string>;
  log?: object[];
  recorder?: boolean;
}): Promise<{ origin: string; close: () => Promise<void> }>;
