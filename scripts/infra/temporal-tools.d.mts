export const ROOT: string;
export function resolveTemporalBinaries(options?: { install?: boolean; log?: (line: string) => void }): {
  cli: string | undefined;
  testServer: string | undefined;
};
