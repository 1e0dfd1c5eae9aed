import { DefaultLogger, NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { loadWorkerConfig } from '@motcua/config';
import { Projector, openBlobStore, openDatabase } from '@motcua/store';
import { createDossierWorker, workflowsEntryPath } from './worker';

/** The worker process: validates the configuration, migrates, connects to Temporal and polls until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadWorkerConfig();
  Runtime.install({
    logger: new DefaultLogger(config.logLevel === 'debug' ? 'DEBUG' : 'WARN'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
  });
  const dataSource = await openDatabase({
    url: config.database.url,
    poolSize: config.database.poolSize,
    applicationName: 'motcua-worker',
  });
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const worker = await createDossierWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource,
    workflows: bundlePath ? { bundlePath } : { workflowsPath: workflowsEntryPath() },
    tuning: { maxCachedWorkflows: config.worker.maxCachedWorkflows },
    papers: {
      blobStore: await openBlobStore(config.papers.store),
      lookupKeySecret: config.papers.lookupKeySecret,
      publicBaseUrl: config.papers.publicBaseUrl,
    },
  });
  // The read models are kept in the worker process: one projector per process, taking turns on the
  // checkpoint lock when several workers run.
  const projector = new Projector(dataSource, { settleMs: config.projectorSettleMs });
  await projector.start(config.database.url);
  console.log(`motcua worker polling ${config.temporal.address} / ${config.temporal.taskQueue}`);
  try {
    await worker.run();
  } finally {
    await projector.stop();
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
