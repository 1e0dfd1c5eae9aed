import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A real entry point (API or worker) run from source in a child process, so tests and benches can kill it. */
export interface EntryPointProcess {
  readonly child: ChildProcess;
  /** Resolves once the process prints its ready line. */
  readonly ready: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export function spawnEntryPoint(
  entry: string,
  env: Record<string, string>,
  readyLine: string,
  nodeArgs: readonly string[] = [],
): EntryPointProcess {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', join(ROOT, 'scripts/infra/swc-register.cjs'), join(ROOT, entry)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}): ${output}`)));
  });
  ready.catch(() => undefined);
  const kill = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { child, ready, kill, stop: () => kill('SIGTERM') };
}
