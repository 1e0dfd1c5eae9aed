import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'infra', 'run-postgres.mjs');

/** An embedded PostgreSQL in a child process of its own, which a test may stop and start again. */
export interface PostgresProcess {
  /** Admin URL (database `postgres`). */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/** Starts scripts/infra/run-postgres.mjs; rejects with what it printed when it exits instead. */
export function startPostgresProcess(dataDir: string, port: number, throwaway = false): Promise<PostgresProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [SCRIPT, dataDir, String(port), ...(throwaway ? ['throwaway'] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready) resolve({ adminUrl: ready[1], stop: () => stopChild(child) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(output.trim())));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
