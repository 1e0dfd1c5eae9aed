/**
 * Migrates the database and seeds the demo agency. Run by `npm start` before the worker and the API
 * (idempotent: safe on every start).
 */
import { DEMO_AGENCIES, DEMO_PROCEDURES } from '../apps/api/src/catalogue/demo-catalogue';
import { loadBaseConfig } from '../libs/config/src/config';
import { openDatabase } from '../libs/store/src';

async function main(): Promise<void> {
  const config = loadBaseConfig();
  const db = await openDatabase({ url: config.database.url, poolSize: 2, applicationName: 'motcua-seed' });
  try {
    const applied = await db.query('SELECT count(*)::int AS n FROM migrations');
    console.log(`[seed] ${applied[0].n} migrations applied`);
    for (const agency of DEMO_AGENCIES) console.log(`[seed] agency ${agency.code}: ${agency.name}`);
    for (const procedure of DEMO_PROCEDURES) console.log(`[seed] procedure ${procedure.code}: ${procedure.name}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
