/** The 766 periods the metrics page offers, and how a picked day becomes the API's query. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'reportingMonth' | 'reportingYear';

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Năm',
  reportingMonth: 'Kỳ báo cáo tháng (21 tháng trước – 20)',
  reportingYear: 'Kỳ báo cáo năm (15/12 – 14/12)',
};

/** Which calendar the date picker shows for a kind (a reporting month is picked as its month). */
export function pickerOf(kind: PeriodKind): 'month' | 'quarter' | 'year' {
  if (kind === 'quarter') return 'quarter';
  if (kind === 'year' || kind === 'reportingYear') return 'year';
  return 'month';
}

/**
 * The API's period query for a picked calendar month/quarter/year (`year`, `month` 1–12): the kind and a
 * day inside it. A reporting month named "tháng 3" runs 21/02–20/03, so its anchor is the 20th; a
 * reporting year "2026" runs 15/12/2025–14/12/2026, so its anchor is 14/12.
 */
export function periodQuery(kind: PeriodKind, year: number, month: number): { period: PeriodKind; date: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (kind === 'reportingMonth') return { period: kind, date: `${year}-${pad(month)}-20` };
  if (kind === 'reportingYear') return { period: kind, date: `${year}-12-14` };
  if (kind === 'year') return { period: kind, date: `${year}-01-01` };
  return { period: kind, date: `${year}-${pad(month)}-01` };
}
