/**
 * HTTP benchmark at 50 concurrent connections: the work-queue read (from the page cache, and past it)
 * and a command (accept) beside a trivial route of the same app (the framework's ceiling), against the
 * real API and worker processes; and beside the bare Temporal Update on the same server and worker
 * process (an Update doing no work, no HTTP: the ceiling a command's latency sits on).
 *   npm run bench -- api        (BENCH_QUEUE_DOSSIERS to change the queue's size)
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { mintToken } from '@motcua/api/auth/tokens';
import { CatalogueStore, DEMO_CALENDARS, DEMO_PROCEDURES, EventStore, Projector, openDatabase } from '@motcua/store';
import { spawnEntryPoint } from '../../test/support/api-process';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { percentile, printTable, runConcurrently } from '../support';
import { seedQueue } from '../seed-queue';
import { benchProcessEnvironment } from '../api-environment';
import { bareStep } from '../lifecycle/workflows';

const CONNECTIONS = 50;
const QUEUE_DOSSIERS = Number(process.env.BENCH_QUEUE_DOSSIERS ?? 20_000);
const ROUNDS = 3;
/** Accepts per round at each concurrency: [connections, dossiers]. */
const ACCEPT_RUNS = [
  [CONNECTIONS, 300],
  [5, 150],
  [1, 100],
] as const;
const COMMANDS = ROUNDS * ACCEPT_RUNS.reduce((sum, [, amount]) => sum + amount, 0);
const SECRET = randomUUID() + randomUUID();

type Figures = { 'req/s': number; 'p50 ms': number; 'p99 ms': number };

/** Each figure's median over the rounds. */
function medianOf(rounds: readonly Figures[]): Figures {
  const median = (key: keyof Figures) =>
    percentile(
      rounds.map((r) => r[key]),
      50,
    );
  return { 'req/s': median('req/s'), 'p50 ms': median('p50 ms'), 'p99 ms': median('p99 ms') };
}

/**
 * The ceiling under a command: `count` Updates, each on its own running workflow of `workflowType`
 * (`bareWorkflow` does nothing; `bareAppendWorkflow` runs one no-op local activity), at the given
 * concurrency, through the same Temporal server and worker process as the dossiers.
 */
async function bareUpdates(
  client: Client,
  taskQueue: string,
  workflowType: 'bareWorkflow' | 'bareAppendWorkflow',
  count: number,
  concurrency: number,
): Promise<Figures> {
  const ids = Array.from({ length: count }, () => `bare-${randomUUID()}`);
  // Started like a dossier (Update-with-Start, answered once the workflow runs), so none is still queued.
  await runConcurrently(count, CONNECTIONS, async (i) => {
    await client.workflow.executeUpdateWithStart(bareStep, {
      args: ['submit'],
      startWorkflowOperation: new WithStartWorkflowOperation(workflowType, {
        workflowId: ids[i],
        taskQueue,
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
  });
  const latencies: number[] = [];
  const started = performance.now();
  await runConcurrently(count, concurrency, async (i) => {
    const t = performance.now();
    await client.workflow.getHandle(ids[i]).executeUpdate(bareStep, { args: ['accept'] });
    latencies.push(performance.now() - t);
  });
  const seconds = (performance.now() - started) / 1000;
  return { 'req/s': count / seconds, 'p50 ms': percentile(latencies, 50), 'p99 ms': percentile(latencies, 99) };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main(): Promise<void> {
  const servers = await startThrowawayServers({ temporal: true });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 8 });
  await new CatalogueStore(db).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  const { freePort } = await import('../../scripts/infra/ports.mjs');
  const port = await freePort();
  const env = benchProcessEnvironment(servers, SECRET, port, {
    TEMPORAL_TASK_QUEUE: 'bench-api',
    DATABASE_POOL_SIZE: '20',
    // Every dossier of the run stays in the worker's cache, as the bare workflows do: the commands are
    // measured, not history replays after evictions.
    WORKER_MAX_CACHED_WORKFLOWS: '5000',
    // The dossier workflow and the bare baseline's (the same bundle the lifecycle bench runs).
    WORKFLOW_BUNDLE_PATH: await servers.bundle(`${__dirname}/../lifecycle/workflows.ts`),
  });
  // BENCH_PROFILE=<dir> writes CPU profiles of the worker and API processes there.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const worker = spawnEntryPoint('apps/worker/src/main.ts', env, 'motcua worker polling', profile);
  const api = spawnEntryPoint('apps/api/src/main.ts', env, 'motcua API listening', profile);
  try {
    await Promise.all([worker.ready, api.ready]);
    const url = `http://127.0.0.1:${port}`;
    const token = await mintToken(SECRET, { id: 'bench-officer', roles: ['officer'], agencies: ['STP-KH'] });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    await seedQueue(new EventStore(db), QUEUE_DOSSIERS);
    const codes: string[] = [];
    await runConcurrently(COMMANDS, CONNECTIONS, async () => {
      const res = await fetch(`${url}/dossiers`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          procedureCode: '2.000488',
          agencyCode: 'STP-KH',
          channel: 'desk',
          applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234' },
          components: [{ code: 'TK', name: 'Tờ khai', digitised: true }],
        }),
      });
      codes.push(((await res.json()) as { dossierCode: string }).dossierCode);
    });
    await new Projector(db).drain(120_000);

    const common = { url, connections: CONNECTIONS, headers };
    const trivial = await run({ ...common, url: `${url}/health/live`, duration: 10 });
    const queue = await run({ ...common, url: `${url}/dossiers?limit=50`, duration: 10 });
    // The same read past the page cache: what each read costs right after the projector changed the page.
    const queueFresh = await run({
      ...common,
      headers: { ...headers, 'cache-control': 'no-cache' },
      url: `${url}/dossiers?limit=50`,
      duration: 10,
    });
    // Each request accepts a different dossier, at 50, 5 and 1 at once; beside each, the bare Updates at
    // the same concurrency. Three rounds; the figures are the medians of the rounds (machines are noisy).
    let next = 0;
    const acceptRun = (connections: number, amount: number) =>
      run({
        ...common,
        connections,
        amount,
        requests: [
          {
            method: 'POST',
            body: '{}',
            setupRequest: (req) => ({ ...req, path: `/dossiers/${codes[next++]}/accept` }),
          },
        ],
      });
    const row = (name: string, r: autocannon.Result) => ({
      route: name,
      'req/s': r.requests.total / r.duration,
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
    const connection = await Connection.connect({ address: servers.temporalAddress! });
    const client = new Client({ connection });
    const rounds: Record<number, { accept: Figures[]; bare: Figures[]; withActivity: Figures[]; non2xx: number }> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [connections, amount] of ACCEPT_RUNS) {
        const accept = await acceptRun(connections, amount);
        const bare = (type: 'bareWorkflow' | 'bareAppendWorkflow') =>
          bareUpdates(client, env.TEMPORAL_TASK_QUEUE, type, amount, connections);
        const figures = (rounds[connections] ??= { accept: [], bare: [], withActivity: [], non2xx: 0 });
        figures.accept.push(row('', accept));
        figures.non2xx += accept.non2xx + accept.errors;
        figures.bare.push(await bare('bareWorkflow'));
        figures.withActivity.push(await bare('bareAppendWorkflow'));
      }
    }
    await connection.close();
    const commandRows = ACCEPT_RUNS.flatMap(([connections, amount]) => {
      const r = rounds[connections];
      return [
        {
          route: `POST /dossiers/{code}/accept, ${connections} at once (${ROUNDS} × ${amount})`,
          ...medianOf(r.accept),
          non2xx: r.non2xx,
          errors: 0,
        },
        { route: '  bare Temporal Update, no work, no HTTP', ...medianOf(r.bare), non2xx: 0, errors: 0 },
        { route: '  bare Update + one no-op local activity', ...medianOf(r.withActivity), non2xx: 0, errors: 0 },
      ];
    });
    printTable(
      `bench/api — ${CONNECTIONS} connections; queue over ${QUEUE_DOSSIERS + COMMANDS} dossiers; API and worker in their own processes`,
      [
        row('GET /health/live (framework ceiling)', trivial),
        row('GET /dossiers?limit=50 (work queue)', queue),
        row('  same, Cache-Control: no-cache (database)', queueFresh),
        ...commandRows,
      ],
    );
    console.log(`\ntargets: queue ≥ 2,000 req/s → ${queue.requests.average >= 2000 ? 'met' : 'NOT met'}`);
    for (const [connections] of ACCEPT_RUNS) {
      const ratio =
        medianOf(rounds[connections].accept)['p50 ms'] / medianOf(rounds[connections].withActivity)['p50 ms'];
      console.log(
        `accept p50 / bare Update + local activity p50, ${connections} at once: ${ratio.toFixed(2)}× (target ≤ 2×) → ${ratio <= 2 ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await Promise.all([api.stop(), worker.stop()]);
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
