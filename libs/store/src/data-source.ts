import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  readonly url: string;
  /** Pool size per process. */
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** A TypeORM DataSource on PostgreSQL; schema only by migrations (never `synchronize`). */
export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // Failed queries surface as thrown errors with their codes; logging them too only adds noise.
    logging: false,
    applicationName: options.applicationName ?? 'motcua',
    extra: { max: options.poolSize ?? 10 },
  });
}

/** Arbitrary key of the advisory lock that serialises migrations of concurrently starting processes. */
const MIGRATION_LOCK = 7_166_001;

/** Connects and applies pending migrations; the API and the worker may start at once. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}
