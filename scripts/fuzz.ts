/**
 * Fuzzes the API from its OpenAPI document with schemathesis (PyPI, installed into .tools/venv):
 * every route with generated valid and invalid inputs, checking that nothing answers 5xx and that
 * every status is documented. Runs the real API and worker on fresh servers.
 *   npm run fuzz                   (FUZZ_EXAMPLES per operation, default 40; FUZZ_HAR=<file> records them)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { mintToken } from '@motcua/api/auth/tokens';
import { ROLES } from '@motcua/api/auth/principal';
import { startThrowawayServers } from './infra/throwaway-servers';
import { CatalogueStore, DEMO_CALENDARS, DEMO_PROCEDURES, openDatabase } from '@motcua/store';
import { spawnEntryPoint } from '../test/support/api-process';

const ROOT = join(__dirname, '..');
const SCHEMATHESIS = 'schemathesis==4.32.5';
const st = join(ROOT, '.tools', 'venv', 'bin', 'st');

async function main(): Promise<void> {
  const { resolveTemporalBinaries } = await import('./infra/temporal-tools.mjs');
  resolveTemporalBinaries();
  if (!existsSync(st))
    execFileSync(join(ROOT, '.tools', 'venv', 'bin', 'pip'), ['install', '--quiet', SCHEMATHESIS], {
      stdio: 'inherit',
    });
  const servers = await startThrowawayServers({ temporal: true });
  const db = await openDatabase({ url: servers.databaseUrl, poolSize: 4 });
  await new CatalogueStore(db).seed(DEMO_PROCEDURES, DEMO_CALENDARS);
  const { freePort } = await import('./infra/ports.mjs');
  const port = await freePort();
  const secret = randomUUID() + randomUUID();
  const env = {
    DATABASE_URL: servers.databaseUrl,
    TEMPORAL_ADDRESS: servers.temporalAddress!,
    TEMPORAL_TASK_QUEUE: 'fuzz',
    AUTH_JWT_SECRET: secret,
    LOOKUP_KEY_SECRET: secret,
    API_PORT: String(port),
    LOG_LEVEL: 'error',
    DOCUMENTS_DIR: join(servers.workDir, 'documents'),
    WORKFLOW_BUNDLE_PATH: await servers.bundle(join(ROOT, 'workflows/src/index.ts')),
  };
  const worker = spawnEntryPoint('apps/worker/src/main.ts', env, 'motcua worker polling');
  const api = spawnEntryPoint('apps/api/src/main.ts', env, 'motcua API listening');
  let status = 1;
  try {
    await Promise.all([worker.ready, api.ready]);
    // Every role in every agency, so the fuzzer reaches the handlers behind the guard.
    const token = await mintToken(secret, { id: 'fuzzer', roles: [...ROLES], agencies: ['*'] });
    const run = spawnSync(
      st,
      [
        'run',
        `http://127.0.0.1:${port}/openapi.json`,
        '--header',
        `Authorization: Bearer ${token}`,
        '--checks',
        'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
        '--max-examples',
        process.env.FUZZ_EXAMPLES ?? '40',
        '--workers',
        '2',
        '--no-color',
        // The live-changes stream stays open by design: a fuzzer's request would wait for it to end.
        '--exclude-path',
        '/changes',
        // FUZZ_HAR=<file> keeps every request and response, to see what the API answered.
        ...(process.env.FUZZ_HAR ? ['--report', 'har', '--report-har-path', process.env.FUZZ_HAR] : []),
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          SCHEMATHESIS_HOOKS: 'fuzz_hooks',
          PYTHONPATH: __dirname,
          FUZZ_CATALOGUE: DEMO_PROCEDURES.flatMap((p) => p.agencyCodes.map((a) => `${a} ${p.code}`)).join(','),
        },
      },
    );
    status = run.status ?? 1;
  } finally {
    await Promise.all([api.stop(), worker.stop()]);
    await db.destroy();
    await servers.stop();
  }
  process.exit(status);
}

void main();
