import { civilDateOf, epochDayOf, formatIsoDate, parseIsoDate } from '../calendar/civil-date';
import { dayAfter, startOfReportingDay } from '../calendar/reporting-days';

/**
 * Reporting periods (kỳ báo cáo), as local dates, both ends included (domain.md §4): calendar
 * months, quarters and years, and the provincial reporting windows: the month from the 21st of the
 * previous month to the 20th, and the year from 15/12 of the previous year to 14/12.
 */

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'reportingMonth', 'reportingYear'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportingPeriod {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, included. */
  readonly to: string;
}

/** The period of `kind` that contains the local date `date`. */
export function periodContaining(kind: PeriodKind, date: string): ReportingPeriod {
  const { year, month, day } = civilDateOf(parseIsoDate(date));
  const span = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) => ({
    from: formatIsoDate(epochDayOf(y1, m1, d1)),
    to: formatIsoDate(epochDayOf(y2, m2, d2)),
  });
  const lastDayOf = (y: number, m: number) => civilDateOf(epochDayOf(y, m + 1, 1) - 1).day;
  switch (kind) {
    case 'month':
      return span(year, month, 1, year, month, lastDayOf(year, month));
    case 'quarter': {
      const first = month - ((month - 1) % 3);
      return span(year, first, 1, year, first + 2, lastDayOf(year, first + 2));
    }
    case 'year':
      return span(year, 1, 1, year, 12, 31);
    case 'reportingMonth': {
      // epochDayOf normalises month 0 and 13 to December of the year before / January after.
      const start = civilDateOf(epochDayOf(year, day >= 21 ? month : month - 1, 21));
      const end = civilDateOf(epochDayOf(start.year, start.month + 1, 20));
      return span(start.year, start.month, start.day, end.year, end.month, end.day);
    }
    case 'reportingYear': {
      const startYear = month === 12 && day >= 15 ? year : year - 1;
      return span(startYear, 12, 15, startYear + 1, 12, 14);
    }
  }
}

/** Consecutive calendar months overlapping `period`, each clipped to it (for `groupBy=month`). */
export function monthsOf(period: ReportingPeriod): ReportingPeriod[] {
  const months: ReportingPeriod[] = [];
  for (let from = period.from; from <= period.to;) {
    const month = periodContaining('month', from);
    months.push({ from, to: month.to < period.to ? month.to : period.to });
    from = dayAfter(month.to);
  }
  return months;
}

/**
 * Where figures of `period` stop: the end of its last day, or `asOf` when earlier (time travel).
 * Undefined when `asOf` precedes the period: nothing of it had happened yet.
 */
export function periodEnd(period: ReportingPeriod, asOf: Date): Date | undefined {
  if (asOf.getTime() < startOfReportingDay(period.from).getTime()) return undefined;
  const end = startOfReportingDay(dayAfter(period.to)).getTime() - 1;
  return new Date(Math.min(end, asOf.getTime()));
}
