import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { EventStore } from '@motcua/store';
import type { DossierActivities } from '@motcua/workflows/activities';
import { createDossierActivities, createFeedbackActivities } from './activities';
import { createSlipIssuer, type SlipIssuerOptions } from './slip-issuer';

export interface DossierWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly dataSource: DataSource;
  /** A prebuilt bundle (tests, production images) or the workflows' source path (development). */
  readonly workflows: { readonly bundlePath: string } | { readonly workflowsPath: string };
  readonly tuning?: Pick<
    WorkerOptions,
    'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxCachedWorkflows'
  >;
  /** Where issued papers are filed and what the receipt's QR code links to. */
  readonly papers: Omit<SlipIssuerOptions, 'dataSource'>;
  /** Wraps the activities (fault-injection tests: fail or stall at a chosen point). */
  readonly wrapActivities?: (activities: DossierActivities) => DossierActivities;
}

/** A worker hosting the dossier and feedback workflows and their activities. */
export function createDossierWorker(options: DossierWorkerOptions): Promise<Worker> {
  const workflowSource =
    'bundlePath' in options.workflows
      ? { workflowBundle: { codePath: options.workflows.bundlePath } }
      : { workflowsPath: options.workflows.workflowsPath };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: {
      ...(options.wrapActivities ?? ((a) => a))(
        createDossierActivities(
          new EventStore(options.dataSource),
          createSlipIssuer({ ...options.papers, dataSource: options.dataSource }),
        ),
      ),
      ...createFeedbackActivities(new EventStore(options.dataSource)),
    },
    ...workflowSource,
    ...options.tuning,
  });
}

/** Path of the workflows entry point next to this file's tree (src in ts, dist in js). */
export function workflowsEntryPath(): string {
  return require.resolve('@motcua/workflows');
}
