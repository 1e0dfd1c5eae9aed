import type { DataSource } from 'typeorm';
import { Projector, READ_MODELS_CHECKPOINT } from './projector';
import { LIVE_TABLES, type ReadModelTables } from './read-model-tables';

const FRESH = Object.fromEntries(
  Object.entries(LIVE_TABLES).map(([name, table]) => [name, `rebuild_${table}`]),
) as unknown as ReadModelTables;
const TABLE_NAMES = Object.keys(LIVE_TABLES) as (keyof ReadModelTables)[];
const REBUILD_CHECKPOINT = 'rebuild';

export interface RebuildProgress {
  readonly applied: number;
  readonly total: number;
}

/**
 * Replays every event into fresh copies of the read-model tables, then swaps them in. The live
 * projector keeps serving until the swap; the swap locks the live checkpoint, applies what arrived
 * meanwhile, and replaces the tables and the checkpoint in one transaction.
 */
export async function rebuildReadModels(
  db: DataSource,
  onProgress?: (p: RebuildProgress) => void,
): Promise<{ events: number }> {
  const [{ total }] = await db.query('SELECT count(*)::int AS total FROM events');
  for (const name of TABLE_NAMES) {
    await db.query(`DROP TABLE IF EXISTS ${FRESH[name]}`);
    await db.query(`CREATE TABLE ${FRESH[name]} (LIKE ${LIVE_TABLES[name]} INCLUDING ALL)`);
  }
  await db.query(
    `INSERT INTO projection_checkpoints (projection) VALUES ($1)
     ON CONFLICT (projection) DO UPDATE SET transaction_id = '0', position = 0, updated_at = now()`,
    [REBUILD_CHECKPOINT],
  );
  let applied = 0;
  const projector = new Projector(db, {
    tables: FRESH,
    checkpointName: REBUILD_CHECKPOINT,
    batchSize: 5000,
    onBatch: ({ events }) => {
      applied += events;
      onProgress?.({ applied, total: Math.max(total, applied) });
    },
  });
  await projector.drain();
  // Fresh tables have no statistics yet: without them the planner would scan the per-day sums whole.
  for (const name of TABLE_NAMES) await db.query(`ANALYZE ${FRESH[name]}`);
  await db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM projection_checkpoints WHERE projection = $1 FOR UPDATE', [READ_MODELS_CHECKPOINT]);
    while (await projector.applyBatch(tx));
    await tx.query(`DROP TABLE ${TABLE_NAMES.map((name) => LIVE_TABLES[name]).join(', ')}`);
    for (const name of TABLE_NAMES) await tx.query(`ALTER TABLE ${FRESH[name]} RENAME TO ${LIVE_TABLES[name]}`);
    await tx.query(
      `INSERT INTO projection_checkpoints (projection, transaction_id, position)
       SELECT $1, transaction_id, position FROM projection_checkpoints WHERE projection = $2
       ON CONFLICT (projection) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, updated_at = now()`,
      [READ_MODELS_CHECKPOINT, REBUILD_CHECKPOINT],
    );
    await tx.query('DELETE FROM projection_checkpoints WHERE projection = $1', [REBUILD_CHECKPOINT]);
  });
  return { events: applied };
}
