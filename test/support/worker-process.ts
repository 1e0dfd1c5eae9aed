import { spawnEntryPoint, type EntryPointProcess } from './api-process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TEST_LOOKUP_KEY_SECRET, workflowBundlePath } from './temporal';

/** The real worker entry point (apps/worker/src/main.ts) in a child process, so a test can kill it. */
export function spawnWorkerProcess(env: {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
}): EntryPointProcess {
  return spawnEntryPoint(
    'apps/worker/src/main.ts',
    {
      DATABASE_URL: env.databaseUrl,
      TEMPORAL_ADDRESS: env.temporalAddress,
      TEMPORAL_TASK_QUEUE: env.taskQueue,
      WORKFLOW_BUNDLE_PATH: workflowBundlePath(),
      LOOKUP_KEY_SECRET: TEST_LOOKUP_KEY_SECRET,
      // The papers it issues go to the project's scratch folder.
      DOCUMENTS_DIR: join(__dirname, '..', '..', '.tmp', 'documents', randomUUID()),
      LOG_LEVEL: 'error',
    },
    'motcua worker polling',
  );
}
