import type { DataSource } from 'typeorm';
import { SqlFilter, scopeToAgencies, type AgencyScope } from '../sql-filter';

/** What step lateness is grouped by: the step's unit, the officer who held it, or the step itself. */
export type StepGrouping = 'unit' | 'officer' | 'step';

const COLUMN: Record<StepGrouping, string> = { unit: 'unit', officer: "COALESCE(holder, '')", step: 'step_id' };

/** Step visits of one group: how they ended against their own deadlines, and those still running. */
export interface StepLatenessRow {
  /** The unit, the officer (empty: nobody took it) or the step id. */
  readonly group: string;
  readonly finished: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly inProgress: number;
  /** In progress and past their deadline at the instant asked about. */
  readonly overdue: number;
}

/**
 * Which steps and which people make dossiers late (`dossier_steps` read model): supervisors see, per
 * unit, officer or step, the visits started in a period and how each ended against its own deadline.
 */
export class StepLateness {
  constructor(private readonly db: DataSource) {}

  async byGroup(
    query: { agencies: AgencyScope; groupBy: StepGrouping; from?: string; to?: string },
    now: Date,
  ): Promise<StepLatenessRow[]> {
    const filter = scopeToAgencies(new SqlFilter(), query.agencies);
    if (query.from) filter.add((p) => `started_at >= ${p(query.from)}`);
    if (query.to) filter.add((p) => `started_at < ${p(query.to)}`);
    const at = filter.params.push(now.toISOString());
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${COLUMN[query.groupBy]} AS "group",
              count(*) FILTER (WHERE finished_at IS NOT NULL)::int AS finished,
              count(*) FILTER (WHERE result = 'early')::int AS early,
              count(*) FILTER (WHERE result = 'onTime')::int AS on_time,
              count(*) FILTER (WHERE result = 'late')::int AS late,
              count(*) FILTER (WHERE finished_at IS NULL)::int AS in_progress,
              count(*) FILTER (WHERE finished_at IS NULL AND deadline < $${at})::int AS overdue
       FROM dossier_steps ${filter.where()}
       GROUP BY 1 ORDER BY late DESC, overdue DESC, 1`,
      filter.params,
    );
    return rows.map((row) => ({
      group: row.group as string,
      finished: row.finished as number,
      early: row.early as number,
      onTime: row.on_time as number,
      late: row.late as number,
      inProgress: row.in_progress as number,
      overdue: row.overdue as number,
    }));
  }
}
