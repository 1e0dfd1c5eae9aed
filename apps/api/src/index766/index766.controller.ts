import { Controller, Inject, Param, Query } from '@nestjs/common';
import { INDICATOR_DOSSIERS, indicatorIds, periodContaining, reportingDayOf } from '@motcua/domain';
import { Index766Reports, type ReportQuery } from '@motcua/store';
import { CurrentCaller, type Caller } from '../auth/auth.guard';
import { ApiError } from '../errors/api-error';
import { agenciesInScope, decodeCursor, encodeCursor } from '../http/cursor';
import { Route } from '../http/route';
import { INDEX766_ROUTES } from './index766.routes';
import { CLOCK, type Clock } from '../tokens';
import { ZodPipe } from '../validation';
import { TableReplyFor, type TableReply } from './csv';
import {
  DOSSIER_COLUMNS,
  INDICATOR_COLUMNS,
  noteOf,
  SCORECARD_COLUMNS,
  RANKING_COLUMNS,
  TIMELINESS_COLUMNS,
} from './index766.tables';
import {
  indicatorDossiersQuery,
  reportTableQuery,
  scorecardQuery,
  type IndicatorDossiersQuery,
  type ReportTableQuery,
  type ScorecardQuery,
} from './index766.schemas';

/** Scope first (403 outside it), then whether the indicator exists (404). */
function ensureIndicator(id: string): void {
  if (!indicatorIds().includes(id)) throw ApiError.of('NOT_FOUND', `no 766 indicator ${id}`);
}

/**
 * The 766 index for metrics consumers and supervisors: scorecard, timeliness, one indicator by
 * group, and the dossiers behind a figure; every table also as CSV (`Accept: text/csv`).
 */
@Controller()
export class Index766Controller {
  constructor(
    private readonly reports: Index766Reports,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Route(INDEX766_ROUTES.index766Scorecard)
  async scorecard(
    @Query(new ZodPipe(scorecardQuery)) query: ScorecardQuery,
    @CurrentCaller() caller: Caller,
    @TableReplyFor() reply: TableReply,
  ): Promise<unknown> {
    const result = await this.run(() => this.reports.scorecard(this.reportQuery(query, caller)));
    const rows = result.scorecard.indicators.map((indicator) => ({ indicator }));
    // Each figure without points says why, and one scored by our reading says so, in the exported table's words.
    const indicators = result.scorecard.indicators.map((i) => {
      const note = noteOf(i);
      return note ? { ...i, note } : i;
    });
    return reply.send(
      { ...result, scorecard: { ...result.scorecard, indicators } },
      SCORECARD_COLUMNS,
      rows,
      'diem-766',
    );
  }

  @Route(INDEX766_ROUTES.index766Ranking)
  async ranking(
    @Query(new ZodPipe(scorecardQuery)) query: ScorecardQuery,
    @CurrentCaller() caller: Caller,
    @TableReplyFor() reply: TableReply,
  ): Promise<unknown> {
    const result = await this.run(() => this.reports.ranking(this.reportQuery(query, caller)));
    return reply.send(result, RANKING_COLUMNS, result.rows, 'xep-hang-766');
  }

  @Route(INDEX766_ROUTES.index766Timeliness)
  async timeliness(
    @Query(new ZodPipe(reportTableQuery)) query: ReportTableQuery,
    @CurrentCaller() caller: Caller,
    @TableReplyFor() reply: TableReply,
  ): Promise<unknown> {
    const result = await this.run(() => this.reports.timeliness(this.reportQuery(query, caller), query.groupBy));
    return reply.send(result, TIMELINESS_COLUMNS, result.rows, 'tien-do-giai-quyet');
  }

  @Route(INDEX766_ROUTES.index766Indicator)
  async indicator(
    @Param('indicator') id: string,
    @Query(new ZodPipe(reportTableQuery)) query: ReportTableQuery,
    @CurrentCaller() caller: Caller,
    @TableReplyFor() reply: TableReply,
  ): Promise<unknown> {
    const report = this.reportQuery(query, caller);
    ensureIndicator(id);
    const result = await this.run(() => this.reports.indicator(id, report, query.groupBy));
    return reply.send(result, INDICATOR_COLUMNS, result.rows, `chi-tieu-${id}`);
  }

  @Route(INDEX766_ROUTES.index766Dossiers)
  async dossiers(
    @Param('indicator') id: string,
    @Query(new ZodPipe(indicatorDossiersQuery)) query: IndicatorDossiersQuery,
    @CurrentCaller() caller: Caller,
    @TableReplyFor() reply: TableReply,
  ): Promise<unknown> {
    const report = this.reportQuery(query, caller);
    ensureIndicator(id);
    const parts = Object.keys(INDICATOR_DOSSIERS[id] ?? {});
    if (!parts.includes(query.part)) {
      throw ApiError.of('VALIDATION_FAILED', `indicator ${id} lists: ${parts.join(', ') || 'no dossiers'}`, {
        errors: [{ path: 'part', message: `one of: ${parts.join(', ') || '(none)'}` }],
      });
    }
    const [after] = (decodeCursor(query.cursor, 1) ?? []) as string[];
    const result = await this.run(() => this.reports.dossiers(id, query.part, report, { limit: query.limit, after }));
    const last = result.items[result.items.length - 1];
    const page = {
      ...result,
      nextCursor: result.items.length === query.limit ? encodeCursor([last.dossierCode]) : null,
    };
    return reply.send(page, DOSSIER_COLUMNS, result.items, `ho-so-chi-tieu-${id}`);
  }

  private reportQuery(query: ScorecardQuery, caller: Caller): ReportQuery {
    const now = this.clock.now();
    const period =
      query.from && query.to
        ? { from: query.from, to: query.to }
        : periodContaining(query.period ?? 'year', query.date ?? reportingDayOf(now));
    return {
      scope: {
        agencies: agenciesInScope(caller.principal.agencies, query.agency),
        procedure: query.procedure,
        channel: query.channel,
      },
      period,
      asOf: query.asOf ? new Date(query.asOf) : now,
    };
  }

  /** Reports refuse an `asOf` before the period with a RangeError: a 400, not a 500. */
  private async run<T>(report: () => Promise<T>): Promise<T> {
    try {
      return await report();
    } catch (error) {
      if (error instanceof RangeError) {
        throw ApiError.of('VALIDATION_FAILED', error.message, {
          errors: [{ path: 'asOf', message: error.message }],
        });
      }
      throw error;
    }
  }
}
