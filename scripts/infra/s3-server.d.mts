export function resolveMotoServer(): string | undefined;
export function startS3Server(): Promise<{ endpoint: string; stop: () => Promise<void> }>;
