/**
 * Throwaway servers for the benchmarks and the fuzz run, started fresh on free ports: an embedded
 * PostgreSQL (or DATABASE_URL's server, in a database of its own) and a Temporal dev server (in memory).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { withPackageAliases } from './packages.cjs';

export interface ThrowawayServers {
  readonly databaseUrl: string;
  readonly temporalAddress: string | undefined;
  /** A scratch folder of the run (removed by stop): e.g. the API's documents. */
  readonly workDir: string;
  bundle(workflowsPath: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startThrowawayServers(options: { temporal: boolean }): Promise<ThrowawayServers> {
  const { startEmbeddedPostgres, createDatabase } = await import('./postgres.mjs');
  const { startTemporalDevServer } = await import('./temporal-dev-server.mjs');
  const { freePort } = await import('./ports.mjs');
  const { resolveTemporalBinaries } = await import('./temporal-tools.mjs');
  const { makeScratchDir } = await import('./scratch.mjs');
  const workDir = makeScratchDir('motcua-servers-');
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl: string;
  if (process.env.DATABASE_URL) {
    const name = `bench_${Date.now()}`;
    await createDatabase(process.env.DATABASE_URL, name);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: join(workDir, 'pg'), port: await freePort(), persistent: false });
    stops.push(pg.stop);
    await pg.createDatabase('bench');
    databaseUrl = pg.url('bench');
  }
  let temporalAddress: string | undefined;
  if (options.temporal) {
    const { cli } = resolveTemporalBinaries();
    if (!cli) throw new Error('no Temporal CLI (see README)');
    const server = await startTemporalDevServer({ cli, port: await freePort(), logLevel: 'error' });
    stops.push(server.stop);
    temporalAddress = server.address;
  }
  return {
    databaseUrl,
    temporalAddress,
    workDir,
    async bundle(workflowsPath) {
      const { code } = await bundleWorkflowCode({
        workflowsPath,
        webpackConfigHook: withPackageAliases,
        logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
      });
      const path = join(workDir, `bundle-${Date.now()}.js`);
      writeFileSync(path, code);
      return path;
    },
    async stop() {
      for (const stop of stops.reverse()) await stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
