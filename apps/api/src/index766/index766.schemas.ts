import { z } from 'zod';
import { PERIOD_KINDS } from '@motcua/domain';
import { instant } from '../http/query.schemas';

const date = z.iso.date();

/** Who and when: the scope (agency, procedure, channel) and the period (from/to, or a period kind around `date`). */
const reportFields = {
  agency: z.string().max(32).optional(),
  procedure: z.string().max(32).optional(),
  channel: z.enum(['desk', 'online', 'postal']).optional(),
  from: date.optional().meta({ description: 'First day of the period; goes with `to`, not with `period`' }),
  to: date
    .optional()
    .meta({ description: 'Last day of the period (at most ten years after `from`); goes with `from`' }),
  period: z
    .enum(PERIOD_KINDS)
    .optional()
    .meta({ description: 'The period around `date` (default: the current year); instead of `from`/`to`' }),
  /** Any day of the period when `period` is given (default: today in Vietnam). */
  date: date.optional().meta({ description: 'Any day of the `period` (default: today in Vietnam); needs `period`' }),
  /** Figures as they stood at this instant (default: now). */
  asOf: instant
    .optional()
    .meta({ description: 'The figures as they stood at this instant (default: now); not before the period starts' }),
};

/** A period is `from`+`to` (at most ten years), or `period` (+ `date`), not both. */
const periodRules = <T extends { from?: string; to?: string; period?: string; date?: string }>(
  q: T,
  ctx: z.RefinementCtx,
) => {
  if ((q.from === undefined) !== (q.to === undefined))
    ctx.addIssue({ code: 'custom', path: [q.from ? 'to' : 'from'], message: 'from and to go together' });
  if (q.from && q.period)
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'give from/to or period, not both' });
  if (q.date && !q.period)
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'date anchors a period: give period too' });
  if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
  if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > 3660 * 86_400_000)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a period spans at most ten years' });
};

export const groupBy = z.enum(['agency', 'procedure', 'channel', 'month']);

export const scorecardQuery = z.strictObject(reportFields).superRefine(periodRules);
export const reportTableQuery = z
  .strictObject({ ...reportFields, groupBy: groupBy.optional() })
  .superRefine(periodRules);
export const indicatorDossiersQuery = z
  .strictObject({
    ...reportFields,
    part: z.enum(['numerator', 'denominator', 'late', 'notSatisfied']).default('numerator'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .superRefine(periodRules);

export type ScorecardQuery = z.infer<typeof scorecardQuery>;
export type ReportTableQuery = z.infer<typeof reportTableQuery>;
export type IndicatorDossiersQuery = z.infer<typeof indicatorDossiersQuery>;
