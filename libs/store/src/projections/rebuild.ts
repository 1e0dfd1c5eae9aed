import type { DataSource } from 'typeorm';
import type { Checkpoint } from '../event-store';
import { loadStreams } from './bulk-load';
import { sumFactsIntoSums } from './index766-projection';
import { Projector, READ_MODELS_CHECKPOINT } from './projector';
import { EVERY_AGENCY, announceReadModelChanges } from './read-model-changes';
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

export interface RebuildOptions {
  readonly onProgress?: (p: RebuildProgress) => void;
  /** Events per keyset page of the bulk load (tests make it small to split streams across pages). */
  readonly pageSize?: number;
}

/**
 * Rebuilds every read model from the events into fresh tables, then swaps them in; the live
 * projector keeps serving until the swap.
 *
 * 1. Bulk load: the events committed before the start (below the oldest running transaction) are
 *    read stream by stream, each dossier (and each feedback) is folded whole and its rows are inserted
 *    once, into tables without indexes; the per-day and per-month sums are then summed from the facts
 *    and the indexes built. This holds because every read model is a function of each dossier or
 *    feedback stream's own events (other streams — catalogue, calendars — feed none of them).
 * 2. Catch-up: the ordinary projector applies, in global order, what was appended meanwhile.
 * 3. Swap: locks the live checkpoint, applies the last events, and replaces the tables and the
 *    checkpoint in one transaction.
 * Events past the live projection's checkpoint when the rebuild starts leave, as they are folded, the
 * messages they owe the national portal (the live projection would have; an id already in the outbox
 * stays as it is), so the swap owes the portal nothing however far behind the live projection was.
 */
export async function rebuildReadModels(
  db: DataSource,
  { onProgress, pageSize = 20_000 }: RebuildOptions = {},
): Promise<{ events: number }> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer`);
  // Where the live projection stands: the events past it owe the portal messages it has not written,
  // which the rebuild's folds write instead. A first build (no live projection) tells the portal nothing:
  // sending a whole history is a backfill to decide, not a side effect of building read models.
  const live = await liveCheckpoint(db);
  const snapshot = await committedSnapshot(db);
  const indexes = await createBareTables(db);
  await loadStreams(
    db,
    FRESH,
    snapshot.belowTransactionId,
    pageSize,
    (read) => onProgress?.({ applied: read, total: snapshot.total }),
    live,
  );
  // One connection per table builds its keys and indexes and takes its statistics; the sums
  // are summed from the facts first (building the facts' key would lock them out meanwhile).
  await Promise.all([
    finishTable(db, 'dossiers', indexes),
    finishTable(db, 'auditActions', indexes),
    finishTable(db, 'dossierSteps', indexes),
    finishTable(db, 'feedbacks', indexes),
    db
      .transaction(async (tx) => {
        await tx.query(`SET LOCAL work_mem = '128MB'`); // the grouping's sort stays in memory
        await sumFactsIntoSums(tx, FRESH);
      })
      .then(() =>
        Promise.all(
          (['index766Facts', 'index766Daily', 'index766Monthly'] as const).map((name) =>
            finishTable(db, name, indexes),
          ),
        ),
      ),
  ]);
  await db.query(
    `INSERT INTO projection_checkpoints (projection, transaction_id, position) VALUES ($1, $2::xid8, $3)
     ON CONFLICT (projection) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, updated_at = now()`,
    [REBUILD_CHECKPOINT, snapshot.checkpoint.transactionId, snapshot.checkpoint.position],
  );
  // Events of other streams need nothing: all below the snapshot are accounted for.
  let applied = snapshot.total;
  onProgress?.({ applied, total: snapshot.total });
  const projector = new Projector(db, {
    tables: FRESH,
    checkpointName: REBUILD_CHECKPOINT,
    batchSize: 5000,
    owesPortalAfter: live,
    onBatch: ({ events }) => {
      applied += events;
      onProgress?.({ applied, total: Math.max(snapshot.total, applied) });
    },
  });
  await projector.drain();
  await db.transaction(async (tx) => {
    // The live projector finishes its batch first (its tables are about to be dropped).
    await tx.query('SELECT 1 FROM projection_checkpoints WHERE projection = $1 FOR UPDATE', [READ_MODELS_CHECKPOINT]);
    while (await projector.applyBatch(tx));
    await tx.query(`DROP TABLE ${TABLE_NAMES.map((name) => LIVE_TABLES[name]).join(', ')}`);
    for (const name of TABLE_NAMES) await tx.query(`ALTER TABLE ${FRESH[name]} RENAME TO ${LIVE_TABLES[name]}`);
    for (const statement of [...indexes.values()].flatMap((i) => i.rename)) await tx.query(statement);
    await tx.query(
      `INSERT INTO projection_checkpoints (projection, transaction_id, position)
       SELECT $1, transaction_id, position FROM projection_checkpoints WHERE projection = $2
       ON CONFLICT (projection) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, updated_at = now()`,
      [READ_MODELS_CHECKPOINT, REBUILD_CHECKPOINT],
    );
    await tx.query('DELETE FROM projection_checkpoints WHERE projection = $1', [REBUILD_CHECKPOINT]);
    await announceReadModelChanges(tx, EVERY_AGENCY);
  });
  return { events: applied };
}

/** The live projection's checkpoint, or undefined when none has run (a first build). */
async function liveCheckpoint(db: DataSource): Promise<Checkpoint | undefined> {
  const [row] = await db.query(
    'SELECT transaction_id::text AS tx, position::text AS pos FROM projection_checkpoints WHERE projection = $1',
    [READ_MODELS_CHECKPOINT],
  );
  return row && { transactionId: row.tx, position: row.pos };
}

/**
 * The events a bulk load may take: those of transactions below the oldest one still running, a set
 * no later commit can grow. Returns its bound, its last event (where the projector carries on) and size.
 */
async function committedSnapshot(
  db: DataSource,
): Promise<{ belowTransactionId: string; checkpoint: Checkpoint; total: number }> {
  const [{ below }] = await db.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS below');
  const [last] = await db.query(
    `SELECT transaction_id::text AS tx, position::text AS pos FROM events WHERE transaction_id < $1::xid8
     ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    [below],
  );
  const [{ total }] = await db.query('SELECT count(*)::int AS total FROM events WHERE transaction_id < $1::xid8', [
    below,
  ]);
  return {
    belowTransactionId: below,
    checkpoint: last ? { transactionId: last.tx, position: last.pos } : { transactionId: '0', position: '0' },
    total,
  };
}

/** How to build a live table's keys and indexes on its fresh copy, and how to give them their names back. */
interface FreshIndexes {
  /** Builds each under a temporary name (the live table still holds the real one). */
  readonly create: string[];
  /** After the swap: renames each to the live table's name for it. */
  readonly rename: string[];
}

/**
 * Creates the fresh tables like the live ones but without their keys and indexes: rows load several
 * times faster, and each index is then built once. Returns, by table, how to add them back.
 */
async function createBareTables(db: DataSource): Promise<Map<keyof ReadModelTables, FreshIndexes>> {
  const indexes = new Map<keyof ReadModelTables, FreshIndexes>();
  for (const name of TABLE_NAMES) {
    const [live, fresh] = [LIVE_TABLES[name], FRESH[name]];
    await db.query(`DROP TABLE IF EXISTS ${fresh}`);
    await db.query(`CREATE TABLE ${fresh} (LIKE ${live} INCLUDING ALL EXCLUDING INDEXES)`);
    await copyStatisticsTargets(db, live, fresh);
    indexes.set(name, await freshIndexesOf(db, live, fresh));
  }
  return indexes;
}

async function freshIndexesOf(db: DataSource, live: string, fresh: string): Promise<FreshIndexes> {
  const keys: { name: string; definition: string }[] = await db.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [live],
  );
  const others: { name: string; definition: string }[] = await db.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1 AND NOT (indexname = ANY($2))`,
    [live, keys.map((k) => k.name)],
  );
  // Temporary names are the fresh table's own (the live table still holds the real ones until the swap).
  const names = new Map([...keys, ...others].map((index, i) => [index.name, `${fresh}_${i}`]));
  const temporary = (name: string) => names.get(name)!;
  return {
    create: [
      ...keys.map((k) => `ALTER TABLE ${fresh} ADD CONSTRAINT ${temporary(k.name)} ${k.definition}`),
      ...others.map((i) =>
        i.definition.replace(/^(CREATE (?:UNIQUE )?INDEX )(\S+) ON (\S+) /, `$1${temporary(i.name)} ON ${fresh} `),
      ),
    ],
    rename: [
      ...keys.map((k) => `ALTER TABLE ${live} RENAME CONSTRAINT ${temporary(k.name)} TO ${k.name}`),
      ...others.map((i) => `ALTER INDEX ${temporary(i.name)} RENAME TO ${i.name}`),
    ],
  };
}

/** Builds a fresh table's keys and indexes and takes its statistics, on a connection of its own. */
async function finishTable(
  db: DataSource,
  name: keyof ReadModelTables,
  indexes: Map<keyof ReadModelTables, FreshIndexes>,
): Promise<void> {
  await db.transaction(async (tx) => {
    // Memory for the index builds' sorts (the default spills to disk at province scale).
    await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const statement of indexes.get(name)!.create) await tx.query(statement);
    // Fresh tables have no statistics yet: without them the planner would scan the per-day sums whole.
    await tx.query(`ANALYZE ${FRESH[name]}`);
  });
}

/** `LIKE … INCLUDING ALL` leaves out per-column statistics targets (see migration StateStatistics). */
async function copyStatisticsTargets(db: DataSource, from: string, to: string): Promise<void> {
  const targets: { column: string; target: number }[] = await db.query(
    `SELECT attname AS column, attstattarget AS target FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attstattarget >= 0`,
    [from],
  );
  for (const { column, target } of targets) {
    await db.query(`ALTER TABLE ${to} ALTER COLUMN ${column} SET STATISTICS ${Number(target)}`);
  }
}
