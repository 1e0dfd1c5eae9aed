import { spawnEntryPoint, type EntryPointProcess } from './api-process';
import { workflowBundlePath } from './temporal';

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
      LOG_LEVEL: 'error',
    },
    'motcua worker polling',
  );
}
