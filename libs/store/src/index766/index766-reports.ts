import type { DataSource } from 'typeorm';
import {
  INDICATOR_DOSSIERS,
  WorkingCalendar,
  addFactSums,
  catalogueCounts,
  emptyFactSums,
  civilServiceCalendarConfig,
  feedbackFigures,
  monthsOf,
  periodEnd,
  periodFigures,
  reportingDayOf,
  scorecard,
  type FactSums,
  type IndicatorResult,
  type Index766Counts,
  type ReportingPeriod,
  type Scorecard,
  type TimelinessFigures,
} from '@motcua/domain';
import { CatalogueStore } from '../catalogue-store';
import {
  Index766ReadModel,
  type DossierBehindFigure,
  type Index766Dimension,
  type Index766Scope,
} from './index766-read-model';

export interface ReportQuery {
  readonly scope: Index766Scope;
  readonly period: ReportingPeriod;
  readonly asOf: Date;
}

export type ReportGrouping = Index766Dimension | 'month';

/** Where the figures of a report stop: the period's end, or `asOf` when earlier. */
export interface ReportWindow {
  readonly period: ReportingPeriod;
  readonly asOf: string;
  readonly end: string;
}

export type TimelinessRow = { readonly group: string } & TimelinessFigures;

/** One agency's place on the scorecard: its total and band, and its on-time rate beside them. */
export interface AgencyRanking {
  readonly rank: number;
  readonly agency: string;
  readonly total: number;
  readonly band: string;
  readonly onTimeRate: number;
}

/** The 766 figures as metrics consumers ask for them: scorecards, timeliness tables, indicators, drill-down. */
export class Index766Reports {
  private readonly model: Index766ReadModel;
  private readonly catalogue: CatalogueStore;
  /** Publication lead time is counted on the national civil-service calendar (unit calendars may differ in sessions only). */
  private readonly calendar = new WorkingCalendar(civilServiceCalendarConfig());

  constructor(db: DataSource) {
    this.model = new Index766ReadModel(db);
    this.catalogue = new CatalogueStore(db);
  }

  /** Every indicator, group, total and band, with the counts behind them. */
  async scorecard(query: ReportQuery): Promise<ReportWindow & { figures: TimelinessFigures; scorecard: Scorecard }> {
    const end = this.endOf(query);
    const [province] = await this.model.factSums({ scope: query.scope, period: query.period, end });
    const sums = province ? { before: province.before, during: province.buckets[0] } : { before: EMPTY, during: EMPTY };
    const { counts: _counts, ...figures } = periodFigures(sums.before, sums.during);
    const card = scorecard({ ...countsOf(query, sums), procedures: await this.catalogueCountsOf(query, end) });
    return { ...windowOf(query, end), figures, scorecard: card };
  }

  /** Early / on time / late, in time / overdue, carried over and received, per group. */
  async timeliness(query: ReportQuery, groupBy?: ReportGrouping): Promise<ReportWindow & { rows: TimelinessRow[] }> {
    const end = this.endOf(query);
    const rows = (await this.groups(query, end, groupBy)).map(({ group, sums }) => {
      const { counts: _counts, ...figures } = periodFigures(sums.before, sums.during);
      return { group, ...figures };
    });
    return { ...windowOf(query, end), rows };
  }

  /**
   * The agencies of the scope ranked by their own scorecard total, as the national dashboard ranks units
   * (best first; ties share a rank, then go by code). Agencies without a dossier in the period are not ranked.
   */
  async ranking(query: ReportQuery): Promise<ReportWindow & { rows: AgencyRanking[] }> {
    const end = this.endOf(query);
    const scored = await Promise.all(
      (await this.groups(query, end, 'agency')).map(async ({ group, sums }) => {
        const { onTimeRate } = periodFigures(sums.before, sums.during);
        const own = { ...query, scope: { ...query.scope, agencies: [group] } };
        const { total, band } = scorecard({
          ...countsOf(query, sums),
          procedures: await this.catalogueCountsOf(own, end),
        });
        return { agency: group, total, band, onTimeRate };
      }),
    );
    scored.sort((a, b) => b.total - a.total || a.agency.localeCompare(b.agency));
    const rows = scored.map((row) => ({
      rank: scored.findIndex((other) => other.total === row.total) + 1,
      ...row,
    }));
    return { ...windowOf(query, end), rows };
  }

  /** One indicator per group (dossier indicators; catalogue ones are counted for the whole scope). */
  async indicator(
    id: string,
    query: ReportQuery,
    groupBy?: ReportGrouping,
  ): Promise<ReportWindow & { rows: { group: string; indicator: IndicatorResult }[] }> {
    const end = this.endOf(query);
    const procedures = await this.catalogueCountsOf(query, end);
    const rows = (await this.groups(query, end, groupBy)).map(({ group, sums }) => {
      const counts = countsOf(query, sums, groupBy);
      const indicator = scorecard({ ...counts, procedures }).indicators.find((i) => i.id === id)!;
      return { group, indicator };
    });
    return { ...windowOf(query, end), rows };
  }

  /** The dossiers behind a part of an indicator (numerator, denominator, …), by dossier code. */
  async dossiers(
    id: string,
    part: string,
    query: ReportQuery,
    page: { limit: number; after?: string },
  ): Promise<ReportWindow & { items: DossierBehindFigure[] }> {
    const set = INDICATOR_DOSSIERS[id]?.[part];
    if (!set) throw new RangeError(`indicator ${id} has no list "${part}"`);
    const end = this.endOf(query);
    const items = await this.model.dossiers({ scope: query.scope, period: query.period, end, set, ...page });
    return { ...windowOf(query, end), items };
  }

  private endOf(query: ReportQuery): Date {
    const end = periodEnd(query.period, query.asOf);
    if (!end) throw new RangeError('asOf precedes the period: nothing of it had happened yet');
    return end;
  }

  /** Fact sums per group; by month, each month's "before" is everything before that month. */
  private async groups(
    query: ReportQuery,
    end: Date,
    groupBy: ReportGrouping | undefined,
  ): Promise<{ group: string; sums: { before: FactSums; during: FactSums } }[]> {
    const byMonth = groupBy === 'month';
    const groups = await this.model.factSums({
      scope: query.scope,
      period: query.period,
      end,
      byMonth,
      groupBy: byMonth ? undefined : groupBy,
    });
    if (!byMonth) return groups.map((g) => ({ group: g.group, sums: { before: g.before, during: g.buckets[0] } }));
    const months = monthsOf(query.period).filter((m) => m.from <= reportingDayOf(end));
    const only = groups[0];
    if (!only) return [];
    let before = only.before;
    return months.map((month, i) => {
      const sums = { before, during: only.buckets[i] };
      before = addFactSums(before, only.buckets[i]);
      return { group: month.from.slice(0, 7), sums };
    });
  }

  private async catalogueCountsOf(query: ReportQuery, end: Date) {
    const inScope = (await this.catalogue.procedures(end))
      .map((p) => p.value)
      .filter((p) => query.scope.agencies === '*' || p.agencyCodes.some((a) => query.scope.agencies.includes(a)))
      .filter((p) => !query.scope.procedure || p.code === query.scope.procedure);
    const byProcedure = await this.model.factSums({
      ...query,
      end,
      groupBy: 'procedure',
      kinds: ['withFee', 'populationData'],
      withinPeriod: true,
    });
    const having = (kind: 'withFee' | 'populationData') =>
      new Set(byProcedure.filter((g) => g.buckets[0][kind].n > 0).map((g) => g.group));
    return catalogueCounts(inScope, reportingDayOf(end), this.calendar, {
      withFee: having('withFee'),
      populationData: having('populationData'),
    });
  }
}

/**
 * What a scorecard counts of a group's fact sums: the dossiers, their sync to the national portal and
 * the feedback. Feedback belongs to an agency, not to a procedure or a channel, so a scope or a grouping
 * narrowed to one of those has none to show (its 5.x indicators say so instead of scoring 6 for "none").
 */
function countsOf(
  query: ReportQuery,
  sums: { before: FactSums; during: FactSums },
  groupBy?: ReportGrouping,
): Omit<Index766Counts, 'procedures'> {
  const { counts } = periodFigures(sums.before, sums.during);
  const byDossierDimension =
    query.scope.procedure || query.scope.channel || groupBy === 'procedure' || groupBy === 'channel';
  const feedback = byDossierDimension ? undefined : feedbackFigures(sums.before, sums.during);
  return { ...counts, ...(feedback ? { feedback } : {}) };
}

const EMPTY = emptyFactSums();

function windowOf(query: ReportQuery, end: Date): ReportWindow {
  return { period: query.period, asOf: query.asOf.toISOString(), end: end.toISOString() };
}
