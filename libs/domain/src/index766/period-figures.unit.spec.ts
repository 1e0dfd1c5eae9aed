import { WorkingCalendar } from '../calendar/working-calendar';
import { catalogueCounts, publishedOnTime, type ProcedureForIndex } from './catalogue-counts';
import type { FactKind } from './dossier-facts';
import { emptyFactSums, periodFigures, type FactSums } from './period-figures';
import { monthsOf, periodContaining } from './reporting-periods';

const sums = (values: Partial<Record<FactKind, number | [number, number]>>): FactSums => {
  const s = emptyFactSums();
  for (const [kind, v] of Object.entries(values) as [FactKind, number | [number, number]][]) {
    s[kind] = Array.isArray(v) ? { n: v[0], amount: v[1] } : { n: v, amount: 0 };
  }
  return s;
};

describe('figures of a period from fact sums', () => {
  // Before the period: 10 received, 6 finished (1 late), 3 became overdue (1 of them finished late).
  const before = sums({ received: 10, finishedEarly: 4, finishedOnTime: 1, finishedLate: 1, overdue: 3 });
  // In it: 20 received (8 online), 15 finished (2 late, 9.5 days in all), 2 more became overdue.
  const during = sums({
    received: 20,
    receivedOnline: 8,
    finishedEarly: [10, 5],
    finishedOnTime: [3, 2.5],
    finishedLate: [2, 2],
    overdue: 2,
    notSatisfied: 1,
  });
  const figures = periodFigures(before, during);

  it('carries over what was unfinished at the start and counts what is in progress at the end', () => {
    expect(figures).toMatchObject({ carriedOver: 4, received: 20, processed: 24, early: 10, onTime: 3, late: 2 });
    // In progress at the end: 24 − 15 = 9; overdue: 3 + 2 became overdue, 1 + 2 of them finished (late) → 2.
    expect(figures).toMatchObject({ inTime: 7, overdue: 2 });
    expect(figures.onTimeRate).toBeCloseTo((100 * 20) / 24, 10);
    expect(figures.lateRate).toBeCloseTo((100 * 4) / 24, 10);
  });

  it('hands the scorecard its counts', () => {
    expect(figures.counts).toMatchObject({
      processed: 24,
      received: 20,
      onTimeOrInTime: 20,
      finished: 15,
      totalProcessingWorkingDays: 9.5,
      online: 8,
      late: 4,
      notSatisfied: 1,
    });
  });

  it('shows an empty period as 0 %, as the dashboard does', () => {
    const empty = periodFigures(emptyFactSums(), emptyFactSums());
    expect(empty).toMatchObject({ processed: 0, onTimeRate: 0, lateRate: 0 });
  });
});

describe('reporting periods', () => {
  it.each([
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2024-02-29', '2024-02-01', '2024-02-29'],
    ['quarter', '2026-05-31', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-12-01', '2026-10-01', '2026-12-31'],
    ['year', '2026-07-01', '2026-01-01', '2026-12-31'],
    ['reportingMonth', '2026-03-20', '2026-02-21', '2026-03-20'],
    ['reportingMonth', '2026-03-21', '2026-03-21', '2026-04-20'],
    ['reportingMonth', '2026-01-05', '2025-12-21', '2026-01-20'],
    ['reportingMonth', '2026-12-25', '2026-12-21', '2027-01-20'],
    ['reportingYear', '2026-12-14', '2025-12-15', '2026-12-14'],
    ['reportingYear', '2026-12-15', '2026-12-15', '2027-12-14'],
  ] as const)('%s containing %s is %s – %s', (kind, date, from, to) => {
    expect(periodContaining(kind, date)).toEqual({ from, to });
  });

  it('splits a period into calendar months clipped to it', () => {
    expect(monthsOf({ from: '2025-12-15', to: '2026-02-10' })).toEqual([
      { from: '2025-12-15', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-10' },
    ]);
  });
});

describe('catalogue counts', () => {
  const calendar = new WorkingCalendar({
    timeZone: 'Asia/Ho_Chi_Minh',
    sessions: [
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ],
    holidays: [],
  });
  const procedure = (p: Partial<ProcedureForIndex>): ProcedureForIndex => ({
    code: 'X',
    fee: 0,
    onlineLevel: 'none',
    onlinePayment: false,
    ...p,
  });

  it('takes "published on time" as five full working days before the day it takes effect', () => {
    // Monday 02/03/2026 → Monday 09/03 leaves Mon–Fri: on time; Tuesday 03/03 → Monday 09/03 leaves four.
    expect(publishedOnTime(procedure({ publishedAt: '2026-03-02', effectiveFrom: '2026-03-09' }), calendar)).toBe(true);
    expect(publishedOnTime(procedure({ publishedAt: '2026-03-03', effectiveFrom: '2026-03-09' }), calendar)).toBe(
      false,
    );
    expect(publishedOnTime(procedure({ publishedAt: '2026-03-02' }), calendar)).toBe(false);
  });

  it('counts procedures in force, online, with fees, online payment, fee dossiers and population data', () => {
    const list = [
      procedure({
        code: 'A',
        fee: 100,
        onlinePayment: true,
        onlineLevel: 'full',
        publishedAt: '2026-01-02',
        effectiveFrom: '2026-01-15',
      }),
      procedure({ code: 'B', fee: 50, onlineLevel: 'partial', publishedAt: '2026-01-12', effectiveFrom: '2026-01-15' }),
      procedure({ code: 'C', publishedAt: '2026-06-01' }),
      procedure({ code: 'D', effectiveFrom: '2027-01-01' }),
    ];
    // D is not in force yet: its dossier taking population data does not count.
    const withDossiers = { withFee: new Set(['A']), populationData: new Set(['B', 'C', 'D']) };
    expect(catalogueCounts(list, '2026-03-01', calendar, withDossiers)).toEqual({
      total: 3,
      published: 2,
      publishedOnTime: 1,
      offeredOnline: 2,
      withFees: 2,
      withOnlinePayment: 1,
      withFeeDossiers: 1,
      withPopulationDataDossiers: 2,
    });
  });
});
