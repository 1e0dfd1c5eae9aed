/**
 * Delivery to the national portal: the worker's sender draining the outbox (claims under row locks,
 * sessions, per-dossier order, outcomes recorded) beside a bare loop POSTing the same payloads to the same
 * stand-in portal, with as many lanes, in the same run. Medians of repeated runs; target ≥ 50 %.
 *   npm run bench -- sync        (BENCH_SYNC_DOSSIERS to change the volume, BENCH_SYNC_RUNS the repeats)
 */
import { EventStore, PortalOutbox, Projector, openDatabase } from '@motcua/store';
import type { PortalConfig } from '@motcua/config';
import { PortalClient } from '@motcua/worker/national-sync/portal-client';
import { PortalSender } from '@motcua/worker/national-sync/portal-sender';
import { startStandInPortal, type StandInPortal } from '../../scripts/national-portal/stand-in-portal';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { syntheticDossiers } from '../../scripts/synthetic/synthetic-dossiers';
import { percentile, printTable } from '../support';

const DOSSIERS = Number(process.env.BENCH_SYNC_DOSSIERS ?? 1_000);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 5);
const LANES = 4;

interface Row {
  message_id: string;
  dossier_code: string;
  service: string;
  is_updating: boolean | null;
  payload: object;
}

function configOf(portal: StandInPortal): PortalConfig {
  return {
    url: portal.url,
    ...portal.credentials,
    unitCode: '000.00.00.H00',
    timeoutMs: 10_000,
    retry: { maxAttempts: 5, baseMs: 10, capMs: 100 },
  };
}

/** The bare baseline: one session, then each lane POSTs its dossiers' payloads in order, one at a time. */
async function bareLoop(portal: StandInPortal, rows: readonly Row[]): Promise<number> {
  const post = async (path: string, body: object, id?: string) =>
    (await (
      await fetch(`${portal.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          dstcode: portal.credentials.systemCode,
          ...(id ? { 'x-message-id': id } : {}),
        },
        body: JSON.stringify(body),
      })
    ).json()) as { session?: string; error_code: string };
  const { session } = await post('/auth', portal.credentials);
  const lanes: Row[][] = Array.from({ length: LANES }, () => []);
  const laneOf = new Map<string, number>();
  for (const row of rows) {
    if (!laneOf.has(row.dossier_code)) laneOf.set(row.dossier_code, laneOf.size % LANES);
    lanes[laneOf.get(row.dossier_code)!].push(row);
  }
  const started = performance.now();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const row of lane) {
        const answer = await post(
          '/integration',
          {
            session,
            madonvi: '000.00.00.H00',
            service: row.service,
            ...(row.service === 'DongBoHoSoMC' ? { isUpdating: row.is_updating ? 'True' : 'False' } : {}),
            data: [row.payload],
          },
          row.message_id,
        );
        if (answer.error_code !== '0') throw new Error(`bare loop refused: ${JSON.stringify(answer)}`);
      }
    }),
  );
  return rows.length / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const servers = await startThrowawayServers({ temporal: false });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: LANES + 4 });
  try {
    const population = [
      ...syntheticDossiers({
        count: DOSSIERS,
        seed: 3,
        agencies: 4,
        from: new Date('2026-06-01T00:00:00Z'),
        to: new Date('2026-07-09T00:00:00Z'),
        now: new Date('2026-07-10T05:00:00Z'),
      }),
    ];
    await new EventStore(db).startStreams(population);
    await new Projector(db).drain(300_000);
    const rows: Row[] = await db.query(
      'SELECT message_id, dossier_code, service, is_updating, payload FROM portal_outbox ORDER BY dossier_code, seq',
    );
    console.log(`${DOSSIERS.toLocaleString('en-US')} dossiers, ${rows.length.toLocaleString('en-US')} messages`);
    const ours: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh stand-in each time (it keeps what it accepted) and the outbox pending again.
      const forBare = await startStandInPortal();
      bare.push(await bareLoop(forBare, rows));
      await forBare.stop();
      await db.query(
        `UPDATE portal_outbox SET state = 'pending', attempts = 0, next_attempt_at = now() - interval '1 s'`,
      );
      const portal = await startStandInPortal();
      const config = configOf(portal);
      const senders = Array.from(
        { length: LANES },
        () => new PortalSender(new PortalOutbox(db), new PortalClient(config), config, { batchSize: 20 }),
      );
      const started = performance.now();
      await Promise.all(senders.map((s) => s.deliverDue()));
      ours.push(rows.length / ((performance.now() - started) / 1000));
      const accepted = portal.accepted().length;
      await portal.stop();
      if (accepted !== rows.length) throw new Error(`the sender delivered ${accepted} of ${rows.length}`);
    }
    const median = (v: number[]) => percentile(v, 50);
    printTable(`national portal delivery, ${LANES} lanes, median of ${RUNS} runs (messages per second)`, [
      { path: 'motcua sender (outbox, locks, order, outcomes)', 'median msg/s': median(ours), runs: ours.length },
      { path: 'bare POST loop, same payloads', 'median msg/s': median(bare), runs: bare.length },
      { path: 'ours ÷ bare', 'median msg/s': `${Math.round((100 * median(ours)) / median(bare))} %`, runs: '' },
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
