export const ROOT: string;
export function resolveTemporalBinaries(options?: { install?: boolean; log?: (line: string) => void }): {
  cli: string | undefined;
  testServer: string | undefined;
};
export const VENV: string;
export function installIntoVenv(packages: string[], log?: (line: string) => void): boolean;
