export function scratchRoot(): string;
export function makeScratchDir(prefix: string): string;
