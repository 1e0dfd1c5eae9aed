export function localSecrets(dataDir: string): { AUTH_JWT_SECRET: string; LOOKUP_KEY_SECRET: string };
