import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<DataSource, 'query'>;
import { REPORTING_TIME_ZONE, dossierFacts, type DossierFact, type DossierState } from '@motcua/domain';
import { insertSql, type ReadModelTables } from './read-model-tables';

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

/** What a fact is filed under: its subject (a dossier, or a feedback) and the dimensions of the sums. */
export interface FactSubject {
  readonly code: string;
  readonly agencyCode: string;
  /** '' for a feedback: the sums by procedure and by channel are the dossiers'. */
  readonly procedureCode: string;
  readonly channel: string;
}

/** A subject's facts before and after a batch. */
export interface FactChange {
  readonly subject: FactSubject;
  readonly before: readonly DossierFact[];
  readonly after: readonly DossierFact[];
}

/** The 766 facts of the dossiers a batch changed. */
export function applyToIndex766(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly DossierChange[],
): Promise<void> {
  return applyFactChanges(
    tx,
    tables,
    changes.map(({ before, after }) => ({
      subject: dossierSubject(after),
      before: before ? dossierFacts(before) : [],
      after: dossierFacts(after),
    })),
  );
}

/**
 * Keeps the 766 read models in step with the subjects of a batch: each one's facts before and after
 * are compared; a fact that appeared, moved or vanished updates `index766_facts` and adds signed deltas
 * (−old, +new) to the per-day and per-month sums at every level (see migrations Index766 and
 * Index766Monthly). Runs in the projector's transaction, so sums, facts and checkpoint move together.
 */
export async function applyFactChanges(
  tx: EntityManager,
  tables: ReadModelTables,
  changes: readonly FactChange[],
): Promise<void> {
  const upserts: FactRow[] = [];
  const removed: { dossier_code: string; kind: string }[] = [];
  const deltas: FactRow[] = [];
  for (const { subject, before, after } of changes) {
    const old = new Map(before.map((f) => [f.kind, f]));
    const row = (f: DossierFact, sign: 1 | -1) => factRowOf(subject, f, sign);
    for (const fact of after) {
      const previous = old.get(fact.kind);
      old.delete(fact.kind);
      if (previous && previous.at === fact.at && previous.amount === fact.amount) continue;
      if (previous) deltas.push(row(previous, -1));
      deltas.push(row(fact, 1));
      upserts.push(row(fact, 1));
    }
    for (const gone of old.values()) {
      deltas.push(row(gone, -1));
      removed.push({ dossier_code: subject.code, kind: gone.kind });
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
      `${insertSql(tables.index766Facts)} ON CONFLICT (dossier_code, kind) DO UPDATE SET at = EXCLUDED.at, amount = EXCLUDED.amount`,
      [JSON.stringify(upserts)],
    );
  }
  if (deltas.length > 0) await addDeltas(tx, tables, deltas);
}

/** Columns of `index766_facts` (`dossier_code` holds the subject's code: a dossier's or a feedback's). */
export const FACT_COLUMN_NAMES = ['dossier_code', 'kind', 'at', 'agency_code', 'procedure_code', 'channel', 'amount'];

function dossierSubject(dossier: DossierState): FactSubject {
  return {
    code: dossier.dossierCode!,
    agencyCode: dossier.agencyCode!,
    procedureCode: dossier.procedure!.code,
    channel: dossier.channel!,
  };
}

/** A fact of `subject` as a row of `index766_facts`, or (signed) as a delta to the per-day sums. */
function factRowOf(subject: FactSubject, fact: DossierFact, sign: 1 | -1): FactRow {
  return {
    dossier_code: subject.code,
    kind: fact.kind,
    at: fact.at,
    agency_code: subject.agencyCode,
    procedure_code: subject.procedureCode,
    channel: subject.channel,
    amount: sign * fact.amount,
    n: sign,
  };
}

/** The rows of `index766_facts` for a subject's facts (a rebuild inserts them as they are). */
export function factRowsOf(subject: FactSubject, facts: readonly DossierFact[]): FactRow[] {
  return facts.map((fact) => factRowOf(subject, fact, 1));
}

/** The rows of `index766_facts` for a dossier. */
export function dossierFactRowsOf(dossier: DossierState): FactRow[] {
  return factRowsOf(dossierSubject(dossier), dossierFacts(dossier));
}

/** The sums kept of the facts: per reporting day, and per month (for what came before a period). */
const SUMS = [
  { table: 'index766Daily', column: 'day', bucket: '(at AT TIME ZONE $1)::date' },
  { table: 'index766Monthly', column: 'month', bucket: `date_trunc('month', at AT TIME ZONE $1)::date` },
] as const;

/**
 * `INSERT` of sums at the four levels (detail, agency, procedure, province) from `source`, a
 * relation with agency_code, procedure_code, channel, at, kind, n and amount. The one place that
 * says how a fact is filed under levels, days and months (one grouping set per level; a dimension a
 * level does not keep is '').
 */
function insertSumsSql(sums: (typeof SUMS)[number], tables: ReadModelTables, source: string): string {
  return `INSERT INTO ${tables[sums.table]} (level, agency_code, procedure_code, channel, ${sums.column}, kind, n, amount)
     SELECT CASE GROUPING(agency_code, procedure_code, channel) WHEN 0 THEN 'd' WHEN 3 THEN 'a' WHEN 5 THEN 'p' ELSE 't' END,
            COALESCE(agency_code, ''), COALESCE(procedure_code, ''), COALESCE(channel, ''), bucket, kind,
            sum(n), sum(amount)
     FROM (SELECT agency_code, procedure_code, channel, ${sums.bucket} AS bucket, kind, n, amount FROM ${source}) d
     GROUP BY GROUPING SETS ((agency_code, procedure_code, channel, bucket, kind), (agency_code, bucket, kind),
                             (procedure_code, bucket, kind), (bucket, kind))`;
}

/** Adds signed deltas to the per-day and per-month sums, one statement each. */
async function addDeltas(tx: EntityManager, tables: ReadModelTables, deltas: readonly FactRow[]): Promise<void> {
  const source = `jsonb_to_recordset($2::jsonb) AS r(agency_code text, procedure_code text, channel text,
                                                     at timestamptz, kind text, amount float8, n int)`;
  const rows = JSON.stringify(deltas);
  for (const sums of SUMS) {
    const table = tables[sums.table];
    await tx.query(
      `${insertSumsSql(sums, tables, source)}
       ON CONFLICT (level, agency_code, procedure_code, channel, ${sums.column}, kind)
       DO UPDATE SET n = ${table}.n + EXCLUDED.n, amount = ${table}.amount + EXCLUDED.amount`,
      [REPORTING_TIME_ZONE, rows],
    );
  }
}

/**
 * Fills empty per-day and per-month sums from the facts (a rebuild): the signed deltas of the live
 * projector add up to exactly this, since every fact present counts once at its current day.
 */
export async function sumFactsIntoSums(db: Queryable, tables: ReadModelTables): Promise<void> {
  const source = `(SELECT agency_code, procedure_code, channel, at, kind, amount, 1 AS n FROM ${tables.index766Facts}) f`;
  for (const sums of SUMS) await db.query(insertSumsSql(sums, tables, source), [REPORTING_TIME_ZONE]);
}
