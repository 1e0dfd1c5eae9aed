export const SERVER_USER: string;
export function serverAccount(): { uid: number; gids: number[] } | undefined;
export function canEnter(dir: string, account: { uid: number; gids: number[] }): boolean;
export function firstBlockedAncestor(path: string, account: { uid: number; gids: number[] }): string | undefined;
export function ensureReachable(path: string, account: { uid: number; gids: number[] }): void;
