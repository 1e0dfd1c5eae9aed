import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '@motcua/api/app';
import { ApiReadModelVersions } from '@motcua/api/http/read-model-versions.provider';
import type { Clock } from '@motcua/api/tokens';
import type { Config } from '@motcua/config';
import type { Role } from '@motcua/api/auth/principal';
import { mintToken } from '@motcua/api/auth/tokens';
import { Projector, openBlobStore } from '@motcua/store';
import { createTestDatabase, type TestDatabase } from './database';
import { sharedTestCertificateAuthority } from './esign';
import {
  TEST_LOOKUP_KEY_SECRET,
  connectToDevServer,
  devServerAddress,
  startWorker,
  uniqueTaskQueue,
  type RunningWorker,
} from './temporal';

/** The whole system for an e2e file: its own database and task queue, a real worker, the HTTP app. */
export interface TestSystem {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  readonly config: Config;
  /** The HTTP server for supertest. */
  readonly http: ReturnType<NestFastifyApplication['getHttpServer']>;
  /** Where the app listens, with `listen: true` (a browser needs a real port), e.g. http://127.0.0.1:41234. */
  readonly baseUrl?: string;
  /** Runs the projector until the read models hold every event appended so far. */
  project(): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-jwt-secret-of-at-least-32-characters';

export function testConfig(databaseUrl: string, taskQueue: string, temporalAddress = devServerAddress()): Config {
  return {
    database: { url: databaseUrl, poolSize: 10 },
    temporal: { address: temporalAddress, namespace: 'default', taskQueue },
    // Tests call the public routes far more often than a person would; the limit's own test lowers it.
    api: {
      host: '127.0.0.1',
      port: 0,
      commandTimeoutMs: 10_000,
      idempotencyLeaseMs: 15_000,
      publicRateLimitPerMinute: 100_000,
      // Every answer of every test is checked against the OpenAPI document the web client is generated from.
      checkResponseShapes: true,
    },
    dossierQuietPeriodMs: 86_400_000,
    logLevel: 'error',
    auth: { mode: 'hs256', secret: TEST_JWT_SECRET },
    lookupKeySecret: TEST_LOOKUP_KEY_SECRET,
    documents: {
      // The project's scratch folder: created at the first upload, removed by the system's stop().
      store: { kind: 'local', dir: join(__dirname, '..', '..', '.tmp', 'documents', randomUUID()) },
      maxFileBytes: 2 * 1_048_576,
      maxDossierBytes: 5 * 1_048_576,
      formats: ['pdf', 'jpeg', 'png', 'xml', 'docx'],
    },
    web: { signIn: { mode: 'dev' } },
  };
}

/** Removes the files a test system's API stored (its local document folder). */
export function removeStoredDocuments(config: Config): void {
  const store = config.documents.store;
  rmSync(store.kind === 'local' ? store.dir : store.spoolDir, { recursive: true, force: true });
}

/** `Authorization` header value of a test token. */
export async function bearer(
  role: Role | Role[],
  agencies: string[] = ['STP-KH'],
  id = `${[role].flat().join('+')}-1`,
  units?: string[],
): Promise<string> {
  return `Bearer ${await mintToken(TEST_JWT_SECRET, { id, roles: [role].flat(), agencies, units })}`;
}

export async function startTestSystem(
  options: {
    clock?: Clock;
    dossierQuietPeriodMs?: number;
    documents?: Partial<Config['documents']>;
    /** Serve the web app (built by the global setup) and listen on a port of its own. */
    listen?: boolean;
    /** How people sign in (default: the dev page). */
    signIn?: Config['web']['signIn'];
    /** How tokens are verified (default: HS256 with the test secret). */
    auth?: Config['auth'];
    /** Requests a minute per address on the public rate-limited routes (default: more than any test makes). */
    publicRateLimitPerMinute?: number;
  } = {},
): Promise<TestSystem> {
  const db = await createTestDatabase();
  const taskQueue = uniqueTaskQueue('e2e');
  const connection = await connectToDevServer();
  const base = testConfig(db.url, taskQueue);
  // The e-signed results tests upload are signed under the test CA, which the API trusts.
  const trustStore = join(__dirname, '..', '..', '.tmp', `trust-${randomUUID()}.pem`);
  mkdirSync(dirname(trustStore), { recursive: true });
  writeFileSync(trustStore, sharedTestCertificateAuthority().rootPem);
  const config = {
    ...base,
    dossierQuietPeriodMs: options.dossierQuietPeriodMs ?? base.dossierQuietPeriodMs,
    api: {
      ...base.api,
      publicRateLimitPerMinute: options.publicRateLimitPerMinute ?? base.api.publicRateLimitPerMinute,
    },
    documents: { ...base.documents, ...options.documents },
    esignTrustStore: trustStore,
    auth: options.auth ?? base.auth,
    web: {
      ...(options.listen ? { dir: process.env.MOTCUA_TEST_WEB_DIR } : {}),
      signIn: options.signIn ?? base.web.signIn,
    },
  };
  // The worker files the papers it issues where the API keeps the dossier's documents.
  const papers = {
    blobStore: await openBlobStore(config.documents.store),
    lookupKeySecret: config.lookupKeySecret,
    publicBaseUrl: 'http://127.0.0.1:3000',
  };
  const worker: RunningWorker = await startWorker({ connection, taskQueue, dataSource: db.dataSource, papers });
  let app: NestFastifyApplication;
  try {
    app = await createApp({ config, dataSource: db.dataSource, clock: options.clock });
    if (options.listen) await app.listen({ port: 0, host: '127.0.0.1' });
    else await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    // A worker left polling would keep the test process alive.
    await worker.stop();
    await connection.close();
    await db.drop();
    rmSync(trustStore, { force: true });
    throw error;
  }
  // A browser sees the read models as people do: kept current by a running projector, as in the worker.
  const projector = options.listen ? new Projector(db.dataSource, { settleMs: 20 }) : undefined;
  await projector?.start(db.url);
  const address = options.listen ? app.getHttpServer().address() : undefined;
  return {
    app,
    db,
    config,
    http: app.getHttpServer(),
    ...(address && typeof address === 'object' ? { baseUrl: `http://127.0.0.1:${address.port}` } : {}),
    async project() {
      await new Projector(db.dataSource).drain();
      // The API's page cache hears of the change asynchronously: wait until it has.
      await app.get(ApiReadModelVersions).caughtUp();
    },
    async stop() {
      await projector?.stop();
      await app.close();
      await worker.stop();
      await connection.close();
      await db.drop();
      removeStoredDocuments(config);
      rmSync(trustStore, { force: true });
    },
  };
}
