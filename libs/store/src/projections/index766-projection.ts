import type { EntityManager } from 'typeorm';
import { REPORTING_TIME_ZONE, dossierFacts, type DossierFact, type DossierState } from '../../../domain/src';
import type { ReadModelTables } from './read-model-tables';

/** One dossier changed by a batch: its state before the batch (if any) and after it. */
export interface DossierChange {
  readonly before: DossierState | undefined;
  readonly after: DossierState;
}

interface FactRow {
  dossier_code: string;
  kind: string;
  at: string;
  agency_code: string;
  procedure_code: string;
  channel: string;
  amount: number;
  /** +1 for a fact that appears, −1 for one that goes (per-day sums). */
  n: 1 | -1;
}

/**
 * Keeps the 766 read models in step with the dossiers of a batch: the facts of each dossier before
 * and after are compared (domain `dossierFacts`); a fact that appeared, moved or vanished updates
 * `index766_facts` and adds signed deltas (−old, +new) to the per-day sums of `index766_daily` at
 * every level (see migration Index766). Runs in the projector's transaction, so sums, facts and checkpoint move together.
 */
export async function applyToIndex766(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly DossierChange[],
): Promise<void> {
  const upserts: FactRow[] = [];
  const removed: { dossier_code: string; kind: string }[] = [];
  const deltas: FactRow[] = [];
  for (const { before, after } of changes) {
    const old = new Map((before ? dossierFacts(before) : []).map((f) => [f.kind, f]));
    const row = (f: DossierFact, sign: 1 | -1): FactRow => ({
      dossier_code: after.dossierCode!,
      kind: f.kind,
      at: f.at,
      agency_code: after.agencyCode!,
      procedure_code: after.procedure!.code,
      channel: after.channel!,
      amount: sign * f.amount,
      n: sign,
    });
    for (const fact of dossierFacts(after)) {
      const previous = old.get(fact.kind);
      old.delete(fact.kind);
      if (previous && previous.at === fact.at && previous.amount === fact.amount) continue;
      if (previous) deltas.push(row(previous, -1));
      deltas.push(row(fact, 1));
      upserts.push(row(fact, 1));
    }
    for (const gone of old.values()) {
      deltas.push(row(gone, -1));
      removed.push({ dossier_code: after.dossierCode!, kind: gone.kind });
    }
  }
  if (removed.length > 0) {
    await tx.query(
      `DELETE FROM ${tables.index766Facts} f USING jsonb_to_recordset($1::jsonb) AS r(dossier_code text, kind text)
       WHERE f.dossier_code = r.dossier_code AND f.kind = r.kind`,
      [JSON.stringify(removed)],
    );
  }
  if (upserts.length > 0) {
    await tx.query(
      `INSERT INTO ${tables.index766Facts} SELECT * FROM jsonb_populate_recordset(NULL::${tables.index766Facts}, $1::jsonb)
       ON CONFLICT (dossier_code, kind) DO UPDATE SET at = EXCLUDED.at, amount = EXCLUDED.amount`,
      [JSON.stringify(upserts)],
    );
  }
  if (deltas.length > 0) await addDailyDeltas(tx, tables.index766Daily, deltas);
}

/** Adds signed deltas to the per-day sums at the four levels (detail, agency, procedure, province) in one statement. */
async function addDailyDeltas(tx: EntityManager, table: string, deltas: readonly FactRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO ${table} (level, agency_code, procedure_code, channel, day, kind, n, amount)
     SELECT l.level, l.agency_code, l.procedure_code, l.channel, (d.at AT TIME ZONE $2)::date, d.kind,
            sum(d.n), sum(d.amount)
     FROM jsonb_to_recordset($1::jsonb) AS d(agency_code text, procedure_code text, channel text, at timestamptz,
                                              kind text, amount float8, n int)
     CROSS JOIN LATERAL (VALUES ('d', d.agency_code, d.procedure_code, d.channel), ('a', d.agency_code, '', ''),
                                ('p', '', d.procedure_code, ''), ('t', '', '', ''))
       AS l(level, agency_code, procedure_code, channel)
     GROUP BY 1, 2, 3, 4, 5, 6
     ON CONFLICT (level, agency_code, procedure_code, channel, day, kind)
     DO UPDATE SET n = ${table}.n + EXCLUDED.n, amount = ${table}.amount + EXCLUDED.amount`,
    [JSON.stringify(deltas), REPORTING_TIME_ZONE],
  );
}
