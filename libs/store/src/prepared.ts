import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a hot read as a named prepared statement on the DataSource's pg pool: PostgreSQL plans it once
 * per connection instead of on every call (for the work queue, planning cost more than executing).
 * The name is derived from the SQL text, so every distinct shape of a dynamic query gets its own.
 */
export async function queryPrepared<T = Record<string, unknown>>(
  db: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  return (await poolOf(db).query({ name, text, values })).rows as T[];
}

/**
 * Runs a statement on the DataSource's pg pool and returns its rows, whatever the statement: through
 * TypeORM, `UPDATE … RETURNING` answers `[rows, count]` while `INSERT … RETURNING` answers `rows`.
 */
export async function queryRows<T = Record<string, unknown>>(
  db: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  return (await poolOf(db).query(text, values)).rows as T[];
}

/** The pg pool under a TypeORM DataSource. */
function poolOf(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}
