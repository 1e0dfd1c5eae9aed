/**
 * Migrates the database and seeds the demo agencies (with their working calendars) and procedures
 * as catalogue events. Run by `npm start` before the worker and the API; idempotent.
 */
import { DEMO_CALENDARS, DEMO_PROCEDURES } from '@motcua/store';
import { loadBaseConfig } from '@motcua/config';
import { CatalogueStore, openDatabase } from '@motcua/store';

async function main(): Promise<void> {
  const config = loadBaseConfig();
  const db = await openDatabase({ url: config.database.url, poolSize: 2, applicationName: 'motcua-seed' });
  try {
    const store = new CatalogueStore(db);
    await store.seed(DEMO_PROCEDURES, DEMO_CALENDARS);
    for (const { value } of await store.calendars())
      console.log(`[seed] agency ${value.agencyCode}: ${value.agencyName}`);
    for (const { value } of await store.procedures()) console.log(`[seed] procedure ${value.code}: ${value.name}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
