/**
 * bench/index766: 766 figures at province scale. For each size (default 100,000 then 1,000,000
 * synthetic dossiers; `BENCH_766_SIZES=20000` for a quick run) it appends the dossiers through the
 * event store, rebuilds the read models (events/s), times scorecard and timeliness queries (p50/p95)
 * beside two baselines in the same run — the same figures from a scan of the dated facts, and from
 * replaying the raw events — checks all three agree, and measures how soon a new event shows.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  dossierStreamId,
  dossierFacts,
  emptyFactSums,
  foldEvents,
  periodEnd,
  periodFigures,
  startOfReportingDay,
  type DossierEvent,
  type FactKind,
  type ReportingPeriod,
  type TimelinessFigures,
} from '@motcua/domain';
import { EventStore, Index766Reports, Projector, openDatabase, rebuildReadModels } from '@motcua/store';
import { loadSyntheticDossiers } from '../../scripts/synthetic/load-synthetic';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { percentile, printTable } from '../support';

const SIZES = (process.env.BENCH_766_SIZES ?? '100000,1000000').split(',').map(Number);
const NOW = new Date('2026-11-23T04:00:00Z');
const YEAR: ReportingPeriod = { from: '2026-01-01', to: '2026-12-31' };
const QUARTER: ReportingPeriod = { from: '2026-07-01', to: '2026-09-30' };
const REPORTING_MONTH: ReportingPeriod = { from: '2026-05-21', to: '2026-06-20' };

async function timed(reps: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Baseline 1: the same figures from a scan of every dated fact (no per-day sums). */
async function figuresFromFactScan(db: DataSource, period: ReportingPeriod, end: Date): Promise<TimelinessFigures> {
  const rows: { kind: FactKind; before: boolean; n: number; amount: number }[] = await db.query(
    `SELECT kind, at < $1 AS before, count(*)::float8 AS n, sum(amount) AS amount
     FROM index766_facts WHERE at <= $2 GROUP BY 1, 2`,
    [startOfReportingDay(period.from).toISOString(), end.toISOString()],
  );
  const before = emptyFactSums();
  const during = emptyFactSums();
  for (const r of rows) (r.before ? before : during)[r.kind] = { n: r.n, amount: r.amount };
  const { counts: _counts, ...figures } = periodFigures(before, during);
  return figures;
}

/** Baseline 2: replay every dossier's raw events (keyset pages), fold, date its facts, sum. */
async function figuresFromRawEvents(db: DataSource, period: ReportingPeriod, end: Date): Promise<TimelinessFigures> {
  const start = startOfReportingDay(period.from).getTime();
  const before = emptyFactSums();
  const during = emptyFactSums();
  const addDossier = (events: DossierEvent[]) => {
    for (const fact of dossierFacts(foldEvents(events))) {
      const at = Date.parse(fact.at);
      if (at > end.getTime()) continue;
      const target = at < start ? before : during;
      target[fact.kind].n += 1;
      target[fact.kind].amount += fact.amount;
    }
  };
  let stream = '';
  let current: DossierEvent[] = [];
  for (let after = ['dossier-', 0] as [string, number]; ;) {
    const page: { stream_id: string; stream_version: number; type: string; data: DossierEvent['data'] }[] =
      await db.query(
        `SELECT stream_id, stream_version, type, data FROM events
         WHERE (stream_id, stream_version) > ($1, $2) AND stream_id LIKE 'dossier-%' AND occurred_at <= $3
         ORDER BY stream_id, stream_version LIMIT 50000`,
        [after[0], after[1], end.toISOString()],
      );
    for (const row of page) {
      if (row.stream_id !== stream) {
        if (current.length) addDossier(current);
        stream = row.stream_id;
        current = [];
      }
      current.push({ type: row.type, data: row.data } as DossierEvent);
    }
    if (page.length < 50_000) break;
    const last = page[page.length - 1];
    after = [last.stream_id, last.stream_version];
  }
  if (current.length) addDossier(current);
  const { counts: _counts, ...figures } = periodFigures(before, during);
  return figures;
}

/** How long a new acceptance takes to show in the scorecard, with the live projector (LISTEN/NOTIFY). */
async function freshness(db: DataSource, url: string, reports: Index766Reports): Promise<number[]> {
  const projector = new Projector(db);
  await projector.start(url);
  const store = new EventStore(db);
  const delays: number[] = [];
  try {
    for (let i = 0; i < 10; i++) {
      const asOf = new Date();
      const query = { scope: { agencies: ['SO-01'] }, period: { from: '2026-01-01', to: '2027-12-31' }, asOf };
      const received = async (at: Date) => (await reports.scorecard({ ...query, asOf: at })).figures.received;
      const was = await received(new Date(Date.now() + 60_000));
      const code = `SO-01-261123-${String(9_000_000 + i)}`;
      const t = performance.now();
      await store.startStreams([{ streamId: dossierStreamId(code), events: freshDossier(code) }]);
      while ((await received(new Date(Date.now() + 60_000))) === was) await new Promise((r) => setTimeout(r, 5));
      delays.push(performance.now() - t);
    }
  } finally {
    await projector.stop();
  }
  return delays;
}

function freshDossier(code: string) {
  const at = new Date().toISOString();
  const metadata = { actorId: 'bench', actorRole: 'officer' };
  const procedure = {
    code: '9.000001',
    name: 'Cấp Phiếu lý lịch tư pháp',
    durations: { desk: { unit: 'workingDays', value: 10 }, online: { unit: 'workingDays', value: 10 } },
    returnsResultDocument: true,
  };
  return [
    {
      eventId: randomUUID(),
      type: 'DossierSubmitted',
      data: {
        at,
        dossierCode: code,
        agencyCode: 'SO-01',
        channel: 'desk',
        procedure,
        applicant: { kind: 'citizen', name: 'Bench', idNumber: '0' },
        components: [],
        fee: 0,
        paidOnline: false,
        ruleSetId: 'ND118',
      },
      metadata,
      occurredAt: at,
    },
    { eventId: randomUUID(), type: 'DossierAccepted', data: { at, dueAt: at, late: false }, metadata, occurredAt: at },
  ];
}

async function main(): Promise<void> {
  const servers = await startThrowawayServers({ temporal: false });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 4, applicationName: 'bench-766' });
  const reports = new Index766Reports(db);
  const province = { agencies: '*' as const };
  const queryRows: Record<string, string | number>[] = [];
  const rebuildRows: Record<string, string | number>[] = [];
  let loaded = 0;
  try {
    for (const size of SIZES) {
      const t0 = performance.now();
      const events = await loadSyntheticDossiers(db, {
        count: size - loaded,
        // A province's feedback: about two for every hundred dossiers (2,000 per 100,000).
        feedback: Math.round((size - loaded) / 50),
        seed: 1000 + loaded,
        agencies: 20,
        from: new Date('2025-01-01T00:00:00+07:00'),
        to: new Date('2026-11-20T00:00:00+07:00'),
        now: NOW,
        firstNumber: 1 + loaded,
      });
      const appendSeconds = (performance.now() - t0) / 1000;
      // What autovacuum would do after a bulk load: fresh statistics for the planner.
      await db.query('ANALYZE events');
      loaded = size;
      const t1 = performance.now();
      const rebuilt = await rebuildReadModels(db);
      const rebuildSeconds = (performance.now() - t1) / 1000;
      rebuildRows.push({
        dossiers: size,
        feedback: Math.round(size / 50),
        'events (total)': rebuilt.events,
        'generate+append s': appendSeconds,
        'appended events/s': events / appendSeconds,
        'rebuild s': rebuildSeconds,
        'rebuild events/s': rebuilt.events / rebuildSeconds,
      });
      const q = (period: ReportingPeriod, scope: typeof province | { agencies: string[] } = province, asOf = NOW) => ({
        scope,
        period,
        asOf,
      });
      const cases: [string, () => Promise<unknown>][] = [
        ['scorecard, province, year', () => reports.scorecard(q(YEAR))],
        ['scorecard, one agency, quarter', () => reports.scorecard(q(QUARTER, { agencies: ['SO-03'] }))],
        ['timeliness by agency, year', () => reports.timeliness(q(YEAR), 'agency')],
        ['timeliness by procedure, year', () => reports.timeliness(q(YEAR), 'procedure')],
        ['timeliness by month, year', () => reports.timeliness(q(YEAR), 'month')],
        [
          'timeliness asOf mid-day, reporting month',
          () => reports.timeliness(q(REPORTING_MONTH, province, new Date('2026-06-10T04:33:00Z'))),
        ],
      ];
      for (const [name, run] of cases) queryRows.push({ dossiers: size, query: name, ...(await timed(30, run)) });
      const end = periodEnd(YEAR, NOW)!;
      const ours = (await reports.timeliness(q(YEAR))).rows[0];
      const { group: _group, ...oursFigures } = ours;
      const scan = await timed(3, () => figuresFromFactScan(db, YEAR, end));
      queryRows.push({ dossiers: size, query: 'baseline: scan of dated facts, province year', ...scan });
      const tRaw = performance.now();
      const raw = await figuresFromRawEvents(db, YEAR, end);
      const rawMs = performance.now() - tRaw;
      queryRows.push({ dossiers: size, query: 'baseline: replay raw events, province year', p50: rawMs, p95: rawMs });
      const same = (a: TimelinessFigures, b: TimelinessFigures) => JSON.stringify(a) === JSON.stringify(b);
      const scanFigures = await figuresFromFactScan(db, YEAR, end);
      console.log(
        `[${size}] province 2026: processed ${ours.processed}, on time ${ours.onTimeRate.toFixed(2)} %, ` +
          `same figures as the fact scan: ${same(oursFigures, scanFigures)}, as the raw-event replay: ${same(oursFigures, raw)}`,
      );
    }
    const delays = await freshness(db, servers.databaseUrl, reports);
    printTable('Load and rebuild', rebuildRows);
    printTable('Query latency (ms; read models vs baselines, same run)', queryRows);
    printTable('A new event reaching the scorecard (ms, live projector, 10 events)', [
      { p50: percentile(delays, 50), max: Math.max(...delays) },
    ]);
  } finally {
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
