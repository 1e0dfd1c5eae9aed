import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { workflowBundlePath } from './temporal';

const ROOT = join(__dirname, '..', '..');

/** The real worker entry point (apps/worker/src/main.ts) in a child process, so a test can kill it. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Resolves once the worker polls. */
  readonly ready: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export function spawnWorkerProcess(env: {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
}): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'scripts/infra/swc-register.cjs'), join(ROOT, 'apps/worker/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: env.databaseUrl,
        TEMPORAL_ADDRESS: env.temporalAddress,
        TEMPORAL_TASK_QUEUE: env.taskQueue,
        WORKFLOW_BUNDLE_PATH: workflowBundlePath(),
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('motcua worker polling')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${output}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
