import {
  INDICATOR_DOSSIERS,
  addFactSums,
  dossierFacts,
  emptyFactSums,
  foldEvents,
  periodEnd,
  periodFigures,
  startOfReportingDay,
  type DossierEvent,
  type DossierSet,
  type ReportingPeriod,
} from '@motcua/domain';
import { syntheticDossiers, syntheticProcedures } from '../../../../scripts/synthetic/synthetic-dossiers';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { EventStore } from '../event-store';
import { Projector } from '../projections/projector';
import { rebuildReadModels } from '../projections/rebuild';
import { Index766ReadModel, type GroupSums, type Index766Dimension, type Index766Scope } from './index766-read-model';
import { Index766Reports } from './index766-reports';
import { CatalogueStore } from '../catalogue-store';

const NOW = new Date('2026-07-10T05:00:00Z'); // 12:00 in Vietnam
const population = [
  ...syntheticDossiers({
    count: 400,
    seed: 42,
    agencies: 3,
    from: new Date('2026-01-01T00:00:00Z'),
    to: new Date('2026-07-09T00:00:00Z'),
    now: NOW,
  }),
];

/** The reference: every dossier's facts from its final state, summed directly (no read model). */
const dossiers = population.map((d) => {
  const state = foldEvents(d.events.map((e) => ({ type: e.type, data: e.data }) as DossierEvent));
  return { state, facts: dossierFacts(state) };
});

const DIMENSION = { agency: 'agencyCode', procedure: 'procedure', channel: 'channel' } as const;
function groupOf(state: (typeof dossiers)[number]['state'], by: Index766Dimension | undefined): string {
  if (!by) return '';
  return by === 'procedure' ? state.procedure!.code : state[DIMENSION[by] as 'agencyCode' | 'channel']!;
}

function referenceFigures(scope: Index766Scope, period: ReportingPeriod, end: Date, groupBy?: Index766Dimension) {
  const start = startOfReportingDay(period.from).getTime();
  const groups = new Map<
    string,
    { before: ReturnType<typeof emptyFactSums>; during: ReturnType<typeof emptyFactSums> }
  >();
  for (const { state, facts } of dossiers) {
    if (scope.agencies !== '*' && !scope.agencies.includes(state.agencyCode!)) continue;
    if (scope.channel && state.channel !== scope.channel) continue;
    if (scope.procedure && state.procedure!.code !== scope.procedure) continue;
    const group = groupOf(state, groupBy);
    for (const fact of facts) {
      const at = Date.parse(fact.at);
      if (at > end.getTime()) continue;
      const entry = groups.get(group) ?? { before: emptyFactSums(), during: emptyFactSums() };
      groups.set(group, entry);
      const target = at < start ? entry.before : entry.during;
      target[fact.kind].n += 1;
      target[fact.kind].amount += fact.amount;
    }
  }
  return new Map([...groups].map(([g, s]) => [g, periodFigures(s.before, s.during)]));
}

const figuresOf = (groups: GroupSums[], bucket = 0) =>
  new Map(groups.map((g) => [g.group, periodFigures(g.before, g.buckets[bucket])]));

function expectSameFigures(actual: Map<string, ReturnType<typeof periodFigures>>, expected: typeof actual): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [group, figures] of expected) {
    const { counts, ...rest } = actual.get(group)!;
    expect(rest).toEqual({
      ...figures,
      counts: undefined,
      onTimeRate: expect.any(Number),
      lateRate: expect.any(Number),
    });
    expect(rest.onTimeRate).toBeCloseTo(figures.onTimeRate, 9);
    expect(counts.totalProcessingWorkingDays).toBeCloseTo(figures.counts.totalProcessingWorkingDays, 6);
    expect({ ...counts, totalProcessingWorkingDays: 0 }).toEqual({ ...figures.counts, totalProcessingWorkingDays: 0 });
  }
}

describe('766 read models (real PostgreSQL, synthetic dossiers)', () => {
  let db: TestDatabase;
  let model: Index766ReadModel;

  beforeAll(async () => {
    db = await createTestDatabase();
    const store = new EventStore(db.dataSource);
    // Appended in two parts and projected in small batches: a dossier's events straddle batches,
    // so its facts are added, moved and removed by deltas, as in production.
    await store.startStreams(population.slice(0, 200));
    const projector = new Projector(db.dataSource, { batchSize: 37 });
    await projector.drain();
    await store.startStreams(population.slice(200));
    await projector.drain();
    model = new Index766ReadModel(db.dataSource);
  }, 120_000);

  afterAll(() => db?.drop());

  const quarter: ReportingPeriod = { from: '2026-04-01', to: '2026-06-30' };
  const endOfQuarter = periodEnd(quarter, NOW)!;

  it.each<[string, Index766Scope, Index766Dimension | undefined]>([
    ['the province', { agencies: '*' }, undefined],
    ['one agency', { agencies: ['SO-01'] }, undefined],
    ['every agency', { agencies: '*' }, 'agency'],
    ['every procedure of two agencies', { agencies: ['SO-01', 'SO-02'] }, 'procedure'],
    ['every procedure of the province', { agencies: '*' }, 'procedure'],
    ['one procedure of the province', { agencies: '*', procedure: '9.000001' }, undefined],
    ['online dossiers by agency', { agencies: '*', channel: 'online' }, 'agency'],
    ['every channel', { agencies: '*' }, 'channel'],
  ])('gives the figures of a quarter for %s, as summed from the dossiers themselves', async (_name, scope, groupBy) => {
    const groups = await model.factSums({ scope, period: quarter, end: endOfQuarter, groupBy });
    expectSameFigures(figuresOf(groups), referenceFigures(scope, quarter, endOfQuarter, groupBy));
  });

  it('sums only the kinds asked for, and only within the period when told so (mid-day included)', async () => {
    const end = new Date('2026-06-10T04:30:00Z');
    const groups = await model.factSums({
      scope: { agencies: '*' },
      period: quarter,
      end,
      groupBy: 'procedure',
      kinds: ['withFee', 'received'],
      withinPeriod: true,
    });
    const reference = referenceFigures({ agencies: '*' }, quarter, end, 'procedure');
    const start = startOfReportingDay(quarter.from).getTime();
    const withFee = (procedure: string) =>
      dossiers.filter(
        ({ state, facts }) =>
          state.procedure!.code === procedure &&
          facts.some((f) => f.kind === 'withFee' && Date.parse(f.at) >= start && Date.parse(f.at) <= end.getTime()),
      ).length;
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.some((g) => g.buckets[0].withFee.n > 0)).toBe(true);
    for (const { group, before, buckets } of groups) {
      expect(before).toEqual(emptyFactSums());
      expect(buckets[0].received.n).toBe(reference.get(group)!.received);
      expect(buckets[0].withFee.n).toBe(withFee(group));
      expect(buckets[0].finishedOnTime).toEqual({ n: 0, amount: 0 });
    }
  });

  it('has a realistic population: carried-over, late, overdue and in-time dossiers all occur', async () => {
    const [province] = await model.factSums({ scope: { agencies: '*' }, period: quarter, end: endOfQuarter });
    const f = periodFigures(province.before, province.buckets[0]);
    for (const n of [f.carriedOver, f.early, f.onTime, f.late, f.inTime, f.overdue]) expect(n).toBeGreaterThan(0);
  });

  it('answers as of any instant, to the minute: mid-day uses the dated facts of that day', async () => {
    const month: ReportingPeriod = { from: '2026-07-01', to: '2026-07-31' };
    for (const asOf of ['2026-07-06T03:17:00Z', '2026-07-08T09:59:00Z', NOW.toISOString()]) {
      const end = periodEnd(month, new Date(asOf))!;
      const groups = await model.factSums({ scope: { agencies: '*' }, period: month, end, groupBy: 'agency' });
      expectSameFigures(figuresOf(groups), referenceFigures({ agencies: '*' }, month, end, 'agency'));
    }
    expect(periodEnd(month, new Date('2026-06-30T16:59:59Z'))).toBeUndefined();
  });

  it.each<[string, ReportingPeriod, string]>([
    ['a reporting month (21st–20th), at its end', { from: '2026-05-21', to: '2026-06-20' }, NOW.toISOString()],
    [
      'a reporting month, mid-way through its first day',
      { from: '2026-05-21', to: '2026-06-20' },
      '2026-05-21T03:00:00Z',
    ],
    [
      'a calendar month, mid-way through its first day',
      { from: '2026-06-01', to: '2026-06-30' },
      '2026-06-01T02:00:00Z',
    ],
  ])('carries over from months and days alike for %s', async (_name, period, asOf) => {
    const end = periodEnd(period, new Date(asOf))!;
    const groups = await model.factSums({ scope: { agencies: '*' }, period, end, groupBy: 'agency' });
    const reference = referenceFigures({ agencies: '*' }, period, end, 'agency');
    expect([...reference.values()].some((f) => f.carriedOver > 0)).toBe(true);
    expectSameFigures(figuresOf(groups), reference);
  });

  it('splits a period into months, each with its own carried-over dossiers', async () => {
    const half: ReportingPeriod = { from: '2026-01-15', to: '2026-03-31' };
    const end = periodEnd(half, NOW)!;
    const groups = await model.factSums({ scope: { agencies: '*' }, period: half, end, byMonth: true });
    const months = [
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-31' },
    ];
    let before = groups[0].before;
    months.forEach((month, i) => {
      const expected = referenceFigures({ agencies: '*' }, month, periodEnd(month, NOW)!).get('')!;
      const actual = periodFigures(before, groups[0].buckets[i]);
      expect(actual).toMatchObject({
        carriedOver: expected.carriedOver,
        received: expected.received,
        late: expected.late,
      });
      before = addFactSums(before, groups[0].buckets[i]);
    });
  });

  it('lists the dossiers behind numerators and denominators, page by page, as many as the figures count', async () => {
    const [province] = await model.factSums({ scope: { agencies: '*' }, period: quarter, end: endOfQuarter });
    const { counts } = periodFigures(province.before, province.buckets[0]);
    const list = async (set: DossierSet) => {
      const codes: string[] = [];
      for (let after: string | undefined; ;) {
        const page = await model.dossiers({
          scope: { agencies: '*' },
          period: quarter,
          end: endOfQuarter,
          set,
          limit: 50,
          after,
        });
        codes.push(...page.map((d) => d.dossierCode));
        if (page.length < 50) return codes;
        after = page[page.length - 1].dossierCode;
      }
    };
    const parts = INDICATOR_DOSSIERS;
    expect(await list(parts['2.1'].denominator)).toHaveLength(counts.processed);
    expect(await list(parts['2.1'].numerator)).toHaveLength(counts.onTimeOrInTime);
    expect(await list(parts['5.4'].late)).toHaveLength(counts.late);
    expect(await list(parts['4.1'].numerator)).toHaveLength(counts.eResult);
    expect(await list(parts['4.1'].denominator)).toHaveLength(counts.returnsDocument);
    const finished = await list(parts['2.2'].denominator);
    expect(finished).toHaveLength(counts.finished);
    expect(new Set(finished).size).toBe(finished.length);
  });

  it('rebuilds to the same sums and facts', async () => {
    const snapshot = async () => ({
      daily: await db.dataSource.query(
        `SELECT level, agency_code, procedure_code, channel, day::text, kind, n::int, round(amount::numeric, 6)::text AS amount
         FROM index766_daily WHERE n <> 0 OR abs(amount) > 1e-9 ORDER BY 1, 2, 3, 4, 5, 6`,
      ),
      monthly: await db.dataSource.query(
        `SELECT level, agency_code, procedure_code, channel, month::text, kind, n::int, round(amount::numeric, 6)::text AS amount
         FROM index766_monthly WHERE n <> 0 OR abs(amount) > 1e-9 ORDER BY 1, 2, 3, 4, 5, 6`,
      ),
      facts: await db.dataSource.query('SELECT * FROM index766_facts ORDER BY dossier_code, kind'),
    });
    const live = await snapshot();
    expect(live.daily.length).toBeGreaterThan(100);
    expect(live.monthly.length).toBeGreaterThan(20);
    await rebuildReadModels(db.dataSource);
    expect(await snapshot()).toEqual(live);
  });

  it('ranks the agencies by their own scorecard total, best first, each as its own scorecard scores it', async () => {
    await new CatalogueStore(db.dataSource).seed(syntheticProcedures(3), []);
    const reports = new Index766Reports(db.dataSource);
    const query = { scope: { agencies: '*' as const }, period: quarter, asOf: NOW };
    const { rows } = await reports.ranking(query);
    expect(rows.map((r) => r.agency).sort()).toEqual(['SO-01', 'SO-02', 'SO-03']);
    for (const row of rows) {
      const own = await reports.scorecard({ ...query, scope: { agencies: [row.agency] } });
      expect({ total: row.total, band: row.band, onTimeRate: row.onTimeRate }).toEqual({
        total: own.scorecard.total,
        band: own.scorecard.band,
        onTimeRate: own.figures.onTimeRate,
      });
    }
    const totals = rows.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Competition ranking: one more than the agencies scoring strictly higher (ties share a rank).
    expect(rows.map((r) => r.rank)).toEqual(rows.map((r) => 1 + rows.filter((o) => o.total > r.total).length));
    expect(rows[0].rank).toBe(1);
  });
});
