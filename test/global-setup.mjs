// Starts the real servers once per jest run and hands their addresses to the test files through
// the environment (jest workers inherit it): an embedded PostgreSQL (or DATABASE_URL's server) and a
// Temporal dev server, plus one bundle of the workflow code. Time-skipping test servers are started
// per test file (skipping is global to a server).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { resolveChromium } from '../scripts/infra/chromium.mjs';
import { freePort } from '../scripts/infra/ports.mjs';
import { makeScratchDir } from '../scripts/infra/scratch.mjs';
import { startEmbeddedPostgres } from '../scripts/infra/postgres.mjs';
import { startDownloadedDevServer, startTemporalDevServer } from '../scripts/infra/temporal-dev-server.mjs';
import { ROOT, resolveTemporalBinaries } from '../scripts/infra/temporal-tools.mjs';

const { withPackageAliases } = createRequire(import.meta.url)('../scripts/infra/packages.cjs');

export default async function globalSetup(globalConfig) {
  const onlyUnit = globalConfig.selectProjects?.length === 1 && globalConfig.selectProjects[0] === 'unit';
  if (onlyUnit) return;
  const started = Date.now();
  const workDir = makeScratchDir('motcua-test-');
  const binaries = resolveTemporalBinaries();
  if (!binaries.cli || !binaries.testServer) {
    console.warn('[test] Temporal binaries not found; the SDK will try to download them');
  }

  const [postgres, temporal, bundlePath, webDir, chromium] = await Promise.all([
    startPostgres(workDir),
    binaries.cli
      ? startTemporalDevServer({ cli: binaries.cli, port: await freePort(), logLevel: 'error' })
      : startDownloadedDevServer({ port: await freePort() }),
    bundleWorkflows(workDir),
    buildWebApp(workDir),
    resolveChromium(),
  ]);

  process.env.MOTCUA_TEST_PG_ADMIN_URL = postgres.adminUrl;
  process.env.MOTCUA_TEST_TEMPORAL_ADDRESS = temporal.address;
  if (binaries.testServer) process.env.MOTCUA_TEST_TIME_SKIPPING_SERVER = binaries.testServer;
  if (binaries.cli) process.env.MOTCUA_TEST_TEMPORAL_CLI = binaries.cli;
  process.env.MOTCUA_TEST_WORKFLOW_BUNDLE = bundlePath;
  process.env.MOTCUA_TEST_WEB_DIR = webDir;
  process.env.MOTCUA_TEST_CHROMIUM = JSON.stringify(chromium);
  globalThis.__MOTCUA_SERVERS__ = { postgres, temporal, workDir };
  console.log(`\n[test] PostgreSQL and Temporal ready in ${Date.now() - started} ms`);
}

async function startPostgres(workDir) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { adminUrl: url.toString(), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(workDir, 'pg'),
    port: await freePort(),
    persistent: false,
  });
  return { adminUrl: server.url('postgres'), stop: server.stop };
}

/** The web app as `npm run build` makes it, from the sources under test, into the run's scratch folder. */
async function buildWebApp(workDir) {
  const outDir = join(workDir, 'web');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const config = join(ROOT, 'apps', 'web', 'vite.config.mts');
  await run(process.execPath, [vite, 'build', '--config', config, '--outDir', outDir, '--logLevel', 'warn']);
  return outDir;
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    // jest sets NODE_ENV=test, which would make Vite bundle React's and antd's development builds.
    execFile(command, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${args.join(' ')}: ${stderr || error.message}`)) : resolve(),
    );
  });
}

async function bundleWorkflows(workDir) {
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  const { code } = await bundleWorkflowCode({
    workflowsPath: join(ROOT, 'workflows', 'src', 'index.ts'),
    webpackConfigHook: withPackageAliases,
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  const path = join(workDir, 'workflow-bundle.js');
  writeFileSync(path, code);
  return path;
}
