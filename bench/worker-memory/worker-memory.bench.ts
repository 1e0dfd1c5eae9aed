/**
 * Memory of the worker's workflow cache: the worker process's resident memory as open dossiers fill
 * its cache (each dossier workflow stays cached between its tasks), beside the same number of bare
 * workflows (no domain, no calendar) in the same run. The slope is what `WORKER_MAX_CACHED_WORKFLOWS`
 * costs per cached dossier.
 *   npm run bench -- worker-memory        (BENCH_STEPS=1000,2000,3000 to change the sizes)
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { spawnEntryPoint } from '../../test/support/api-process';
import { submitDossier } from '../../test/support/dossiers';
import { startThrowawayServers } from '../../scripts/infra/throwaway-servers';
import { printTable, runConcurrently } from '../support';
import { bareStep } from '../lifecycle/workflows';

const STEPS = (process.env.BENCH_STEPS ?? '1000,2000,3000').split(',').map(Number);
const MB = 1024 * 1024;

/** Resident memory of a process, from /proc (MB). */
function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? (Number(line[1]) * 1024) / MB : NaN;
}

/** The worker's memory after it settled (a few seconds for the collector to run). */
async function settledMb(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  return residentMb(pid);
}

async function fill(kind: 'dossier' | 'bare', taskQueue: string): Promise<{ open: number; rssMb: number }[]> {
  const servers = await startThrowawayServers({ temporal: true });
  const worker = spawnEntryPoint(
    'apps/worker/src/main.ts',
    {
      DATABASE_URL: servers.databaseUrl,
      TEMPORAL_ADDRESS: servers.temporalAddress!,
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: await servers.bundle(`${__dirname}/../lifecycle/workflows.ts`),
      WORKER_MAX_CACHED_WORKFLOWS: String(Math.max(...STEPS) + 100),
      LOG_LEVEL: 'error',
    },
    'motcua worker polling',
  );
  const connection = await Connection.connect({ address: servers.temporalAddress! });
  const client = new Client({ connection });
  try {
    await worker.ready;
    const figures = [{ open: 0, rssMb: await settledMb(worker.child.pid!) }];
    let open = 0;
    for (const target of STEPS) {
      await runConcurrently(target - open, 20, async () => {
        if (kind === 'dossier') await submitDossier(client, taskQueue, { channel: 'desk' });
        else
          await client.workflow.executeUpdateWithStart(bareStep, {
            args: ['submit'],
            startWorkflowOperation: new WithStartWorkflowOperation('bareWorkflow', {
              workflowId: `bare-${randomUUID()}`,
              taskQueue,
              workflowIdConflictPolicy: 'FAIL',
            }),
          });
      });
      open = target;
      figures.push({ open, rssMb: await settledMb(worker.child.pid!) });
    }
    return figures;
  } finally {
    await connection.close();
    await worker.stop();
    await servers.stop();
  }
}

async function main(): Promise<void> {
  const dossiers = await fill('dossier', 'bench-memory');
  const bare = await fill('bare', 'bench-memory-bare');
  const slope = (f: { open: number; rssMb: number }[]) =>
    (f[f.length - 1].rssMb - f[0].rssMb) / (f[f.length - 1].open - f[0].open);
  printTable(
    'bench/worker-memory — worker process resident memory (MB) with N open workflows in its cache',
    dossiers.map((d, i) => ({
      'open workflows': d.open,
      'dossier workflows': d.rssMb,
      'bare workflows': bare[i].rssMb,
    })),
  );
  console.log(
    `\nper cached workflow: dossier ${(slope(dossiers) * 1024).toFixed(0)} KB, bare ${(slope(bare) * 1024).toFixed(0)} KB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
