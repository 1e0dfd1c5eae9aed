export function freePort(): Promise<number>;
export function isListening(port: number, host?: string): Promise<boolean>;
export function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs?: number): Promise<void>;
