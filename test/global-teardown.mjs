import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const servers = globalThis.__MOTCUA_SERVERS__;
  if (!servers) return;
  await Promise.allSettled([servers.temporal?.stop(), servers.postgres.stop()]);
  rmSync(servers.workDir, { recursive: true, force: true });
}
