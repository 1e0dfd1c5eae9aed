/**
 * Servers for the benchmarks, started fresh for each run on free ports: an embedded PostgreSQL (or
 * DATABASE_URL's server, in a database of its own) and a Temporal dev server (in memory).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

export interface BenchServers {
  readonly databaseUrl: string;
  readonly temporalAddress: string | undefined;
  bundle(workflowsPath: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchServers(options: { temporal: boolean }): Promise<BenchServers> {
  const { startEmbeddedPostgres, createDatabase } = await import('../scripts/infra/postgres.mjs');
  const { startTemporalDevServer } = await import('../scripts/infra/temporal-dev-server.mjs');
  const { freePort } = await import('../scripts/infra/ports.mjs');
  const { resolveTemporalBinaries } = await import('../scripts/infra/temporal-tools.mjs');
  const workDir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
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
    async bundle(workflowsPath) {
      const { code } = await bundleWorkflowCode({
        workflowsPath,
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

/** Runs `task(i)` for i in [0, count) with at most `concurrency` at a time. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}
