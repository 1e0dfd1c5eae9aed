import { randomUUID } from 'node:crypto';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { LocalBlobStore } from '@motcua/store';
import { createDossierWorker, type DossierWorkerOptions } from '@motcua/worker/worker';
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

export const TEST_LOOKUP_KEY_SECRET = 'test-lookup-secret-of-at-least-32-chars';

/** Where a test worker files the papers it issues: a scratch folder of the project, and its removal. */
export function scratchPapers(dir = join(__dirname, '..', '..', '.tmp', 'documents', randomUUID())): {
  papers: DossierWorkerOptions['papers'];
  remove(): void;
} {
  return {
    papers: {
      blobStore: new LocalBlobStore(dir),
      lookupKeySecret: TEST_LOOKUP_KEY_SECRET,
      publicBaseUrl: 'http://127.0.0.1:3000',
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts a dossier worker on `connection` and returns a handle that shuts it down and waits. Papers
 * go to `papers` (the test system's document store) or to a scratch folder removed on stop.
 */
export async function startWorker(options: {
  connection: NativeConnection;
  taskQueue: string;
  dataSource: DataSource;
  namespace?: string;
  papers?: DossierWorkerOptions['papers'];
  wrapActivities?: (activities: DossierActivities) => DossierActivities;
}): Promise<RunningWorker> {
  installQuietRuntime();
  const scratch = options.papers ? undefined : scratchPapers();
  const worker = await createDossierWorker({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    dataSource: options.dataSource,
    workflows: { bundlePath: workflowBundlePath() },
    papers: options.papers ?? scratch!.papers,
    wrapActivities: options.wrapActivities,
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      scratch?.remove();
    },
  };
}
