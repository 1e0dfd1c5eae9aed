export function localSecrets(root: string): { AUTH_JWT_SECRET: string; LOOKUP_KEY_SECRET: string };
