import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { DEMO_CALENDARS, DEMO_PROCEDURES } from '@motcua/store';
import { CatalogueStore, openDatabase } from '@motcua/store';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.MOTCUA_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('MOTCUA_TEST_PG_ADMIN_URL is not set: run the tests through jest (test/global-setup.mjs)');
  return url;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dataSource = await openDatabase({ url: url.toString(), poolSize: 10 });
  // Workflow ids are global to the Temporal namespace that every test file shares: start each
  // database's dossier and feedback numbers far apart so codes (and so workflow ids) never collide.
  for (const sequence of ['dossier_code_seq', 'feedback_code_seq'])
    await dataSource.query(`ALTER SEQUENCE ${sequence} RESTART WITH ${1 + Math.floor(Math.random() * 9e8)}`);
  await new CatalogueStore(dataSource).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
