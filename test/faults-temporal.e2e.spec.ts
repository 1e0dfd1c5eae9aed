import { rmSync } from 'node:fs';
import { eventually } from './support/dossiers';
import { join } from 'node:path';
import { NativeConnection } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '@motcua/api/app';
import { EventStore } from '@motcua/store';
import { dossierStreamId, dossierWorkflowId, stateQuery } from '@motcua/workflows/messages';
import { TEST_JWT_SECRET, bearer, testConfig } from './support/api';
import { spawnEntryPoint, type EntryPointProcess } from './support/api-process';
import { createTestDatabase, type TestDatabase } from './support/database';
import { DESK_DOSSIER } from './support/http';
import {
  connectToDevServer,
  devServerAddress,
  startWorker,
  uniqueTaskQueue,
  type RunningWorker,
} from './support/temporal';

/**
 * Parts killed under a keyed request (issue: "Retries and faults"): whatever dies, a retry with the
 * same Idempotency-Key gets an answer, the same dossier, and no event twice.
 */
describe('faults around Temporal and the API process', () => {
  let db: TestDatabase;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    token = await bearer('officer', ['STP-KH'], 'officer-faults');
  });
  afterAll(() => db?.drop());

  const typesOf = async (code: string) =>
    (await new EventStore(db.dataSource).readStream(dossierStreamId(code))).map((e) => e.type);

  it('answers a keyed command retried after the API process was killed while the command was in flight', async () => {
    const { freePort } = await import('../scripts/infra/ports.mjs');
    const taskQueue = uniqueTaskQueue('api-kill');
    const connection = await connectToDevServer();
    const apiEnv = async () => {
      const port = await freePort();
      return {
        port,
        process: spawnEntryPoint(
          'apps/api/src/main.ts',
          {
            DATABASE_URL: db.url,
            TEMPORAL_ADDRESS: devServerAddress(),
            TEMPORAL_TASK_QUEUE: taskQueue,
            AUTH_JWT_SECRET: TEST_JWT_SECRET,
            LOOKUP_KEY_SECRET: 'test-lookup-secret-of-at-least-32-chars',
            API_PORT: String(port),
            API_COMMAND_TIMEOUT_MS: '2000',
            LOG_LEVEL: 'error',
          },
          'motcua API listening',
        ),
      };
    };
    const post = (port: number, path: string, body: object, key?: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: {
          authorization: token,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      });
    let worker: RunningWorker | undefined = await startWorker({ connection, taskQueue, dataSource: db.dataSource });
    const apis: EntryPointProcess[] = [];
    try {
      const first = await apiEnv();
      apis.push(first.process);
      await first.process.ready;
      const submitted = (await (await post(first.port, '/dossiers', DESK_DOSSIER)).json()) as { dossierCode: string };
      const code = submitted.dossierCode;
      // No worker: the accept waits in the API when the process is killed.
      await worker.stop();
      worker = undefined;
      const key = `accept-${code}`;
      const inFlight = post(first.port, `/dossiers/${code}/accept`, {}, key).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await first.process.kill('SIGKILL');
      // The caller got no answer: the connection died with the process.
      expect(await inFlight).not.toBeInstanceOf(Response);

      worker = await startWorker({ connection, taskQueue, dataSource: db.dataSource });
      const second = await apiEnv();
      apis.push(second.process);
      await second.process.ready;
      const retried = await post(second.port, `/dossiers/${code}/accept`, {}, key);
      expect(retried.status).toBe(200);
      expect(((await retried.json()) as { status: number }).status).toBe(2);
      const again = await post(second.port, `/dossiers/${code}/accept`, {}, key);
      expect(again.status).toBe(200);
      // One acceptance, and its receipt once (it follows the acceptance by milliseconds).
      await eventually('the receipt is issued', async () => (await typesOf(code)).includes('SlipIssued'));
      expect(await typesOf(code)).toEqual(['DossierSubmitted', 'DossierAccepted', 'SlipIssued']);
    } finally {
      await Promise.all(apis.map((api) => api.kill('SIGKILL')));
      await worker?.stop();
      await connection.close();
    }
  }, 120_000);

  it('answers 504 COMMAND_TIMEOUT with Retry-After within the command timeout when no worker takes the command', async () => {
    const base = testConfig(db.url, uniqueTaskQueue('no-worker'));
    const app = await createApp({
      config: { ...base, api: { ...base.api, commandTimeoutMs: 1_500, idempotencyLeaseMs: 6_500 } },
      dataSource: db.dataSource,
    });
    try {
      await app.getHttpAdapter().getInstance().ready();
      const started = Date.now();
      const res = await request(app.getHttpServer()).post('/dossiers').set('authorization', token).send(DESK_DOSSIER);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 504, code: 'COMMAND_TIMEOUT' });
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await app.close();
    }
  });

  it('gives a keyed submission retried after Temporal crashed mid-submission the same, single dossier', async () => {
    const { freePort } = await import('../scripts/infra/ports.mjs');
    const { startTemporalDevServer } = await import('../scripts/infra/temporal-dev-server.mjs');
    const { makeScratchDir } = await import('../scripts/infra/scratch.mjs');
    const cli = process.env.MOTCUA_TEST_TEMPORAL_CLI;
    if (!cli) throw new Error('no Temporal CLI for this test');
    const scratch = makeScratchDir('temporal-crash-');
    const port = await freePort();
    const dbFile = join(scratch, 'temporal.db');
    let temporal = await startTemporalDevServer({ cli, port, dbFile, logLevel: 'error' });
    const taskQueue = uniqueTaskQueue('temporal-crash');
    const connection = await NativeConnection.connect({ address: temporal.address });
    let crashed = false;
    // The crash point of the fault run: the submission's event is stored, Temporal has not yet recorded the task.
    const worker = await startWorker({
      connection,
      taskQueue,
      dataSource: db.dataSource,
      wrapActivities: (activities) => ({
        ...activities,
        async appendDossierEvents(input) {
          const result = await activities.appendDossierEvents(input);
          if (!crashed && input.metadata.commandType === 'SubmitDossier') {
            crashed = true;
            await temporal.kill();
          }
          return result;
        },
      }),
    });
    const apps: NestFastifyApplication[] = [];
    const appWithTimeout = async (commandTimeoutMs: number) => {
      const base = testConfig(db.url, taskQueue, temporal.address);
      const app = await createApp({
        config: { ...base, api: { ...base.api, commandTimeoutMs, idempotencyLeaseMs: commandTimeoutMs + 5_000 } },
        dataSource: db.dataSource,
      });
      await app.getHttpAdapter().getInstance().ready();
      apps.push(app);
      return app;
    };
    const submit = (app: NestFastifyApplication) =>
      request(app.getHttpServer())
        .post('/dossiers')
        .set('authorization', token)
        .set('idempotency-key', 'crash-submission-1')
        .send(DESK_DOSSIER);
    try {
      const before = await db.dataSource.query(
        "SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE stream_id LIKE 'dossier-%'",
      );
      const first = await submit(await appWithTimeout(2_000));
      expect(crashed).toBe(true);
      expect([503, 504]).toContain(first.status);
      expect(first.headers['retry-after']).toBeDefined();

      temporal = await startTemporalDevServer({ cli, port, dbFile, logLevel: 'error' });
      // The workflow's first task is lost with the crash: it times out (10 s) and runs again.
      const retried = await submit(await appWithTimeout(30_000));
      expect(retried.status).toBe(201);
      const code = retried.body.dossierCode as string;
      expect(retried.body.version).toBe(1);
      expect((await submit(apps[1])).body).toEqual(retried.body);

      const [{ n }] = await db.dataSource.query(
        "SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE stream_id LIKE 'dossier-%'",
      );
      expect(n - before[0].n).toBe(1);
      expect(await typesOf(code)).toEqual(['DossierSubmitted']);
      const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
      try {
        expect((await client.workflow.getHandle(dossierWorkflowId(code)).query(stateQuery)).version).toBe(1);
        const runs = [];
        for await (const run of client.workflow.list({ query: `WorkflowId = '${dossierWorkflowId(code)}'` }))
          runs.push(run);
        expect(runs).toHaveLength(1);
      } finally {
        await client.connection.close();
      }
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await worker.stop();
      await connection.close();
      await temporal.stop();
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 180_000);
});
