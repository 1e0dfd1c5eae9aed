import { PERIOD_LABELS, periodQuery, pickerOf, type PeriodKind } from './period';

describe('the metrics page’s period picker', () => {
  it('picks reporting windows by the month or year they are named after', () => {
    expect(pickerOf('reportingMonth')).toBe('month');
    expect(pickerOf('reportingYear')).toBe('year');
    expect(pickerOf('quarter')).toBe('quarter');
    expect(Object.keys(PERIOD_LABELS)).toHaveLength(5);
  });

  // The anchor is a day inside the window the person means: the API computes the window around it.
  it.each<[PeriodKind, number, number, string]>([
    ['month', 2026, 2, '2026-02-01'],
    ['quarter', 2026, 4, '2026-04-01'],
    ['year', 2026, 7, '2026-01-01'],
    // "Kỳ tháng 3" runs 21/02–20/03: its last day anchors it (the 21st would be April's window).
    ['reportingMonth', 2026, 3, '2026-03-20'],
    ['reportingMonth', 2026, 1, '2026-01-20'],
    // "Kỳ năm 2026" runs 15/12/2025–14/12/2026: the 15th of December would be 2027's.
    ['reportingYear', 2026, 5, '2026-12-14'],
  ])('%s picked at %i-%i asks for the window around %s', (kind, year, month, date) => {
    expect(periodQuery(kind, year, month)).toEqual({ period: kind, date });
  });
});
