export declare function startServer(options: {
  root: string;
  headers?: (pathname: string) => Record<string, string>;
}): Promise<{ origin: string; close: () => Promise<void> }>;
