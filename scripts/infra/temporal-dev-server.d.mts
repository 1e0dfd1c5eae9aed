export function startTemporalDevServer(options: {
  cli: string;
  port: number;
  uiPort?: number;
  dbFile?: string;
  logLevel?: string;
  logFile?: string;
}): Promise<{ address: string; kill: () => Promise<void>; stop: () => Promise<void> }>;
export function startDownloadedDevServer(options: {
  port: number;
  uiPort?: number;
  dbFile?: string;
}): Promise<{ address: string; stop: () => Promise<void> }>;
