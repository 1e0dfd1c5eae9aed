/**
 * Full dossier lifecycles per second (submit → accept → result → return, each event appended to
 * PostgreSQL and projected), beside a bare baseline on the same Temporal server in the same run: the
 * same workflow starts and Updates doing no domain work. Also Update latency and projection lag.
 *   npm run bench -- lifecycle        (BENCH_DOSSIERS, BENCH_CONCURRENCY to change the load)
 */
import { join } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import type { Actor, InternalProcess } from '@motcua/domain';
import { Projector, openDatabase } from '@motcua/store';
import { createDossierWorker } from '@motcua/worker/worker';
import { HASH, OFFICER, send, submitDossier } from '../../test/support/dossiers';
import { scratchPapers } from '../../test/support/temporal';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { percentile, printTable, runConcurrently } from '../support';
import { bareStep } from './workflows';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const TASK_QUEUE = 'bench-lifecycle';
const ROUNDS = 3;

const median = (values: number[]) => percentile(values, 50);

interface Result {
  readonly perSecond: number;
  readonly latencies: number[];
}

async function timed<T>(latencies: number[], call: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await call();
  latencies.push(performance.now() - start);
  return value;
}

async function bareLifecycles(
  client: Client,
  count: number,
  prefix: string,
  workflowType: 'bareWorkflow' | 'bareAppendWorkflow' = 'bareWorkflow',
): Promise<Result> {
  const latencies: number[] = [];
  const start = performance.now();
  await runConcurrently(count, CONCURRENCY, async (i) => {
    const workflowId = `${prefix}-${i}`;
    await timed(latencies, () =>
      client.workflow.executeUpdateWithStart(bareStep, {
        args: ['submit'],
        startWorkflowOperation: new WithStartWorkflowOperation(workflowType, {
          workflowId,
          taskQueue: TASK_QUEUE,
          workflowIdConflictPolicy: 'FAIL',
        }),
      }),
    );
    const handle = client.workflow.getHandle(workflowId);
    for (const step of ['accept', 'result', 'return'])
      await timed(latencies, () => handle.executeUpdate(bareStep, { args: [step] }));
  });
  return { perSecond: count / ((performance.now() - start) / 1000), latencies };
}

/** Desk → department → leadership → desk: three hand-overs, each taken by the next unit's officer. */
const FOUR_STEPS: InternalProcess = {
  version: 1,
  steps: [
    { id: 'tiep-nhan', name: 'Tiếp nhận', unit: 'desk', role: 'officer', share: { unit: 'workingDays', value: 1 } },
    { id: 'tham-dinh', name: 'Thẩm định', unit: 'P-HCTP', role: 'officer', share: { unit: 'workingDays', value: 7 } },
    { id: 'ky-duyet', name: 'Ký duyệt', unit: 'leadership', role: 'leader', share: { unit: 'workingDays', value: 1 } },
    { id: 'tra-ket-qua', name: 'Trả kết quả', unit: 'desk', role: 'officer', share: { unit: 'workingDays', value: 1 } },
  ],
};
const HAND_OVERS: readonly { readonly to: string; readonly taker: Actor }[] = [
  { to: 'P-HCTP', taker: { id: 'specialist', role: 'officer', units: ['P-HCTP'] } },
  { to: 'leadership', taker: { id: 'director', role: 'leader', units: ['leadership'] } },
  { to: 'desk', taker: { id: 'officer-2', role: 'officer', units: ['desk'] } },
];

/**
 * Dossier lifecycles: submit → accept → result → return; with `handOvers`, the dossier goes through
 * the four steps of {@link FOUR_STEPS} in between (each hand-over and each taking one more command).
 */
async function dossierLifecycles(client: Client, count: number, prefix: string, handOvers = false): Promise<Result> {
  const latencies: number[] = [];
  const start = performance.now();
  await runConcurrently(count, CONCURRENCY, async (i) => {
    const code = `${prefix}-${i}`;
    await timed(latencies, () => submitDossier(client, TASK_QUEUE, { code, channel: 'desk' }));
    await timed(latencies, () =>
      send(client, code, { type: 'AcceptDossier', actor: OFFICER, ...(handOvers ? { process: FOUR_STEPS } : {}) }),
    );
    let holder: Actor = OFFICER;
    for (const { to, taker } of handOvers ? HAND_OVERS : []) {
      const from = holder;
      await timed(latencies, () => send(client, code, { type: 'HandOverDossier', actor: from, toUnit: to }));
      await timed(latencies, () => send(client, code, { type: 'ReceiveDossier', actor: taker }));
      holder = taker;
    }
    await timed(latencies, () =>
      send(client, code, {
        type: 'IssueResult',
        actor: OFFICER,
        decision: 'approved',
        documents: [{ fileName: 'kq.pdf', contentHash: HASH, code: 'KQ', eSigned: true }],
      }),
    );
    await timed(latencies, () => send(client, code, { type: 'ReturnResult', actor: OFFICER, method: 'desk' }));
  });
  return { perSecond: count / ((performance.now() - start) / 1000), latencies };
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const servers = await startThrowawayServers({ temporal: true });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 20 });
  const lags: number[] = [];
  const projector = new Projector(db, {
    settleMs: 20,
    onBatch: ({ recordedAt }) => {
      const now = Date.now();
      for (const at of recordedAt) lags.push(now - Date.parse(at));
    },
  });
  await projector.start(servers.databaseUrl);
  const nativeConnection = await NativeConnection.connect({ address: servers.temporalAddress! });
  const bundlePath = await servers.bundle(join(__dirname, 'workflows.ts'));
  const papers = scratchPapers();
  const worker = await createDossierWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    dataSource: db,
    workflows: { bundlePath },
    // Every dossier of the run stays cached, as the bare workflows do (see bench/api).
    tuning: { maxCachedWorkflows: 5_000 },
    papers: papers.papers,
  });
  const connection = await Connection.connect({ address: servers.temporalAddress! });
  const client = new Client({ connection });
  try {
    await worker.runUntil(async () => {
      await bareLifecycles(client, 50, 'warm-bare');
      await dossierLifecycles(client, 50, 'WARM');
      lags.length = 0;
      // Three rounds, each the baseline then ours; the medians are reported (machines are noisy).
      const bare: Result[] = [];
      const withActivity: Result[] = [];
      const ours: Result[] = [];
      const withHandOvers: Result[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        bare.push(await bareLifecycles(client, DOSSIERS, `bare-${round}`));
        withActivity.push(await bareLifecycles(client, DOSSIERS, `bare-la-${round}`, 'bareAppendWorkflow'));
        ours.push(await dossierLifecycles(client, DOSSIERS, `BENCH-${round}`));
        withHandOvers.push(await dossierLifecycles(client, DOSSIERS, `HAND-${round}`, true));
      }
      await new Promise((r) => setTimeout(r, 500));
      const figures = (runs: Result[]) => ({
        'lifecycles/s': median(runs.map((r) => r.perSecond)),
        'Update p50 ms': median(runs.map((r) => percentile(r.latencies, 50))),
        'Update p99 ms': median(runs.map((r) => percentile(r.latencies, 99))),
      });
      printTable(
        `bench/lifecycle — ${DOSSIERS} lifecycles × ${ROUNDS} rounds (medians), ${CONCURRENCY} concurrent, one Temporal dev server, 2 cores`,
        [
          { path: 'bare baseline (4 Updates, no work)', ...figures(bare) },
          { path: 'bare + one no-op local activity per Update', ...figures(withActivity) },
          { path: 'motcua (decide + append + project)', ...figures(ours) },
          { path: 'motcua, 3 hand-overs (+6 commands)', ...figures(withHandOvers) },
        ],
      );
      const ratios = ours.map((r, i) => (100 * r.perSecond) / bare[i].perSecond);
      const ratiosWithActivity = ours.map((r, i) => (100 * r.perSecond) / withActivity[i].perSecond);
      const handOverRatios = withHandOvers.map((r, i) => (100 * r.perSecond) / ours[i].perSecond);
      // Commands per second: 4 per plain lifecycle, 10 with three hand-overs and their takings.
      const commandRatios = withHandOvers.map((r, i) => (100 * 10 * r.perSecond) / (4 * ours[i].perSecond));
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM dossiers WHERE status = 10');
      console.log(
        `\nratio motcua / bare, round by round: ${ratios.map((r) => `${r.toFixed(0)} %`).join(', ')}; median ${median(ratios).toFixed(0)} % (target ≥ 70 %)`,
      );
      console.log(
        `ratio motcua / bare with a local activity: median ${median(ratiosWithActivity).toFixed(0)} % (${ratiosWithActivity.map((r) => `${r.toFixed(0)} %`).join(', ')})`,
      );
      console.log(
        `3 hand-overs / none: lifecycles/s ${median(handOverRatios).toFixed(0)} % (target ≥ 80 %), commands/s ${median(commandRatios).toFixed(0)} %`,
      );
      console.log(
        `projection lag (appended → in read model): p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${percentile(lags, 99).toFixed(0)} ms over ${lags.length} events (target p99 < 1000 ms)`,
      );
      console.log(`read model: ${n} dossiers returned (expected ${2 * ROUNDS * DOSSIERS + 50})`);
    });
  } finally {
    await projector.stop();
    await connection.close();
    await nativeConnection.close();
    await db.destroy();
    await servers.stop();
    papers.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
