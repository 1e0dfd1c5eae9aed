export function createDatabase(adminUrl: string, name: string): Promise<void>;
