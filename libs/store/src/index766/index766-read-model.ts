import type { DataSource } from 'typeorm';
import {
  FACT_KINDS,
  FINISHED_FACTS,
  type DossierSet,
  REPORTING_TIME_ZONE,
  emptyFactSums,
  monthsOf,
  reportingDayOf,
  startOfReportingDay,
  type FactKind,
  type FactSums,
  type ReportingPeriod,
} from '@motcua/domain';
import { LIVE_TABLES, type ReadModelTables } from '../projections/read-model-tables';

/** Dimensions the 766 figures can be grouped and filtered by. */
export type Index766Dimension = 'agency' | 'procedure' | 'channel';

export interface Index766Scope {
  /** Agencies whose dossiers count; `*` = the whole province. */
  readonly agencies: readonly string[] | '*';
  readonly procedure?: string;
  readonly channel?: string;
}

export interface FactSumsQuery {
  readonly scope: Index766Scope;
  readonly period: ReportingPeriod;
  /** Where the figures stop: the end of the period's last day, or an earlier `asOf` (see domain `periodEnd`). */
  readonly end: Date;
  readonly groupBy?: Index766Dimension;
  /** Split the period into calendar months. */
  readonly byMonth?: boolean;
  /** Only these kinds of facts (the others stay zero). */
  readonly kinds?: readonly FactKind[];
  /** Leave out everything before the period (its "before" sums stay zero): costs the period only. */
  readonly withinPeriod?: boolean;
}

export interface DossierListQuery {
  readonly scope: Index766Scope;
  readonly period: ReportingPeriod;
  readonly end: Date;
  readonly set: DossierSet;
  readonly limit: number;
  /** List dossiers whose code comes after this one (keyset pagination). */
  readonly after?: string;
}

/** A dossier behind a figure, with what decides where it counts. */
export interface DossierBehindFigure {
  readonly dossierCode: string;
  readonly agencyCode: string;
  readonly procedureCode: string;
  readonly channel: string;
  /** The fact that puts it in the list (acceptance for processed dossiers), and its amount. */
  readonly factAt: string;
  readonly amount: number;
  readonly status: number | null;
  readonly statisticalDueAt: string | null;
  readonly finishedAt: string | null;
  readonly timeliness: string | null;
}

/** Fact sums of one group: everything before the period, and each bucket of it (the period, or its months). */
export interface GroupSums {
  readonly group: string;
  readonly before: FactSums;
  readonly buckets: readonly FactSums[];
}

const COLUMN: Record<Index766Dimension, string> = {
  agency: 'agency_code',
  procedure: 'procedure_code',
  channel: 'channel',
};

/**
 * Sums of the 766 facts, read from the per-month sums for whole months before the period, the
 * per-day sums for its days, and the dated facts for the day the figures stop in (so `asOf` is
 * exact to the instant). The level of the sums is the
 * coarsest that answers: province, procedure, agency, or agency × procedure × channel.
 */
export class Index766ReadModel {
  constructor(
    private readonly db: DataSource,
    private readonly tables: ReadModelTables = LIVE_TABLES,
  ) {}

  async factSums(query: FactSumsQuery): Promise<GroupSums[]> {
    const { period, end, byMonth } = query;
    const endDay = reportingDayOf(end);
    const endsWithDay = end.getTime() === startOfReportingDay(endDay).getTime() + 86_399_999;
    const buckets = byMonth ? monthsOf(period) : [period];
    const rows = [
      ...(await this.daily(query, endsWithDay ? endDay : previousDay(endDay))),
      ...(endsWithDay ? [] : await this.tail(query, startOfReportingDay(endDay), end)),
    ];
    const groups = new Map<string, { before: Sums; buckets: Sums[] }>();
    for (const row of rows) {
      let entry = groups.get(row.grp);
      if (!entry) groups.set(row.grp, (entry = { before: emptyFactSums(), buckets: buckets.map(emptyFactSums) }));
      const target = row.bucket < 0 ? entry.before : entry.buckets[row.bucket];
      if (!target || !FACT_KINDS.includes(row.kind)) continue;
      target[row.kind].n += Number(row.n);
      target[row.kind].amount += Number(row.amount);
    }
    return [...groups].map(([group, sums]) => ({ group, ...sums })).sort((a, b) => a.group.localeCompare(b.group));
  }

  /** The dossiers of a {@link DossierSet} in a period, by dossier code. */
  async dossiers(query: DossierListQuery): Promise<DossierBehindFigure[]> {
    const params: unknown[] = [query.period.from, query.end.toISOString(), query.limit];
    const start = `(SELECT ($1::date)::timestamp AT TIME ZONE '${REPORTING_TIME_ZONE}')`;
    const where = filters(query, params).map((c) => `f.${c}`);
    if (query.after !== undefined) where.push(`f.dossier_code > $${params.push(query.after)}`);
    /** Whether the dossier has one of `kinds` dated within `range` (a condition on `x.at`). */
    const has = (kinds: readonly FactKind[], range: string) =>
      `EXISTS (SELECT 1 FROM ${this.tables.index766Facts} x WHERE x.dossier_code = f.dossier_code
               AND x.kind = ANY('{${kinds.join(',')}}'::text[]) AND ${range})`;
    if ('facts' in query.set) {
      where.push(`f.kind = ANY($${params.push(query.set.facts)})`, `f.at >= ${start}`, 'f.at <= $2');
    } else {
      where.push(`f.kind = 'received'`, 'f.at <= $2', `NOT ${has(FINISHED_FACTS, `x.at < ${start}`)}`);
      const unfinished = `NOT ${has(FINISHED_FACTS, 'x.at <= $2')}`;
      const overdue = has(['overdue'], 'x.at <= $2');
      const inPeriod = `x.at >= ${start} AND x.at <= $2`;
      if (query.set.processed === 'onTimeOrInTime') {
        where.push(`(${has(['finishedEarly', 'finishedOnTime'], inPeriod)} OR (${unfinished} AND NOT ${overdue}))`);
      } else if (query.set.processed === 'lateOrOverdue') {
        where.push(`(${has(['finishedLate'], inPeriod)} OR (${unfinished} AND ${overdue}))`);
      }
    }
    const rows = await this.db.query(
      `SELECT f.dossier_code, f.agency_code, f.procedure_code, f.channel, f.at, f.amount,
              d.status, d.statistical_due_at, d.finished_at, d.timeliness
       FROM ${this.tables.index766Facts} f LEFT JOIN ${this.tables.dossiers} d ON d.dossier_code = f.dossier_code
       WHERE ${where.join(' AND ')} ORDER BY f.dossier_code LIMIT $3`,
      params,
    );
    return rows.map((r: Record<string, unknown>) => ({
      dossierCode: r.dossier_code as string,
      agencyCode: r.agency_code as string,
      procedureCode: r.procedure_code as string,
      channel: r.channel as string,
      factAt: (r.at as Date).toISOString(),
      amount: Number(r.amount),
      status: (r.status as number | null) ?? null,
      statisticalDueAt: (r.statistical_due_at as Date | null)?.toISOString() ?? null,
      finishedAt: (r.finished_at as Date | null)?.toISOString() ?? null,
      timeliness: (r.timeliness as string | null) ?? null,
    }));
  }

  /**
   * Sums for whole days up to `untilDay`, bucketed: −1 before the period, else the bucket index.
   * Before the period's first month they come from the per-month sums (cost ∝ months of history),
   * from that month on from the per-day sums (cost ∝ days of the period).
   */
  private daily(query: FactSumsQuery, untilDay: string): Promise<SumRow[]> {
    // Days from the period's first month on (from its first day when nothing before it is asked for).
    const firstDay = query.withinPeriod ? query.period.from : `${query.period.from.slice(0, 7)}-01`;
    const params: unknown[] = [query.period.from, untilDay, firstDay];
    const where = [levelOf(query), ...filters(query, params)].join(' AND ');
    const group = groupColumn(query);
    const days = `SELECT ${group} AS grp, ${bucketOf('day', query, params)} AS bucket, kind,
                         sum(n)::float8 AS n, sum(amount) AS amount
                  FROM ${this.tables.index766Daily}
                  WHERE ${where} AND day <= $2 AND day >= $3::date GROUP BY 1, 2, 3`;
    if (query.withinPeriod) return this.db.query(days, params);
    const months = `SELECT ${group}, -1, kind, sum(n)::float8, sum(amount)
                    FROM ${this.tables.index766Monthly} WHERE ${where} AND month < $3::date GROUP BY 1, 2, 3`;
    return this.db.query(`${days} UNION ALL ${months}`, params);
  }

  /** Dated facts of the day the figures stop in, up to the instant. */
  private tail(query: FactSumsQuery, from: Date, to: Date): Promise<SumRow[]> {
    const params: unknown[] = [query.period.from, from.toISOString(), to.toISOString(), REPORTING_TIME_ZONE];
    const where = ['at >= $2', 'at <= $3', ...filters(query, params)];
    return this.db.query(
      `SELECT ${groupColumn(query)} AS grp, ${bucketOf('(at AT TIME ZONE $4)::date', query, params)} AS bucket, kind,
              count(*)::float8 AS n, sum(amount) AS amount
       FROM ${this.tables.index766Facts} WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3`,
      params,
    );
  }
}

type Sums = ReturnType<typeof emptyFactSums>;
interface SumRow {
  grp: string;
  bucket: number;
  kind: FactKind;
  n: number;
  amount: number;
}

function previousDay(date: string): string {
  return reportingDayOf(new Date(startOfReportingDay(date).getTime() - 1));
}

function groupColumn(query: FactSumsQuery): string {
  return query.groupBy ? COLUMN[query.groupBy] : `''`;
}

/** −1 before the period; else 0, or the month's index from the period's first month. `$1` is the period's first day. */
function bucketOf(dayExpression: string, query: FactSumsQuery, params: unknown[]): string {
  if (!query.byMonth) return `CASE WHEN ${dayExpression} < $1::date THEN -1 ELSE 0 END`;
  const [year, month] = query.period.from.split('-').map(Number);
  params.push(year * 12 + month);
  const monthNumber = `(extract(year FROM ${dayExpression})::int * 12 + extract(month FROM ${dayExpression})::int)`;
  return `CASE WHEN ${dayExpression} < $1::date THEN -1 ELSE ${monthNumber} - $${params.length} END`;
}

/** The coarsest level of the per-day sums that answers the query (see migration Index766). */
function levelOf(query: FactSumsQuery): string {
  const { scope, groupBy } = query;
  const byAgency = groupBy === 'agency' || scope.agencies !== '*';
  const byProcedure = groupBy === 'procedure' || scope.procedure !== undefined;
  if (groupBy === 'channel' || scope.channel !== undefined || (byAgency && byProcedure)) return `level = 'd'`;
  if (byAgency) return `level = 'a'`;
  if (byProcedure) return `level = 'p'`;
  return `level = 't'`;
}

/** Conditions on the scope's dimensions (and the kinds asked for), their values pushed onto `params`. */
function filters(
  { scope, kinds, groupBy }: { scope: Index766Scope; kinds?: readonly FactKind[]; groupBy?: Index766Dimension },
  params: unknown[],
): string[] {
  const where: string[] = [];
  // Feedback is filed under no procedure and no channel (''): groups by those are the dossiers' alone.
  if (groupBy === 'procedure') where.push(`procedure_code <> ''`);
  if (groupBy === 'channel') where.push(`channel <> ''`);
  const add = (clause: (p: string) => string, value: unknown) => where.push(clause(`$${params.push(value)}`));
  if (scope.agencies !== '*') add((p) => `agency_code = ANY(${p})`, scope.agencies);
  if (scope.procedure) add((p) => `procedure_code = ${p}`, scope.procedure);
  if (scope.channel) add((p) => `channel = ${p}`, scope.channel);
  if (kinds) add((p) => `kind = ANY(${p})`, kinds);
  return where;
}
