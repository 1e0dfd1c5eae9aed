import { randomUUID } from 'node:crypto';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createDossierWorker } from '@motcua/worker/worker';
import type { DossierActivities } from '@motcua/workflows/activities';

let runtimeInstalled = false;

/** Keeps the Temporal core quiet in tests (warnings only). */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // Already created by an earlier connection in this worker process: keep it.
  }
}

export function devServerAddress(): string {
  const address = process.env.MOTCUA_TEST_TEMPORAL_ADDRESS;
  if (!address) throw new Error('no Temporal dev server: run the tests through jest (test/global-setup.mjs)');
  return address;
}

export function workflowBundlePath(): string {
  const path = process.env.MOTCUA_TEST_WORKFLOW_BUNDLE;
  if (!path) throw new Error('no workflow bundle: run the tests through jest (test/global-setup.mjs)');
  return path;
}

/** Connects to the shared dev server (after quieting the runtime, which the first connection creates). */
export function connectToDevServer(): Promise<NativeConnection> {
  installQuietRuntime();
  return NativeConnection.connect({ address: devServerAddress() });
}

/** A task queue no other test file uses. */
export function uniqueTaskQueue(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

export interface RunningWorker {
  readonly worker: Worker;
  stop(): Promise<void>;
}

/** Starts a dossier worker on `connection` and returns a handle that shuts it down and waits. */
export async function startWorker(options: {
  connection: NativeConnection;
  taskQueue: string;
  dataSource: DataSource;
  namespace?: string;
  wrapActivities?: (activities: DossierActivities) => DossierActivities;
}): Promise<RunningWorker> {
  installQuietRuntime();
  const worker = await createDossierWorker({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    dataSource: options.dataSource,
    workflows: { bundlePath: workflowBundlePath() },
    wrapActivities: options.wrapActivities,
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    },
  };
}
