import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { loadWorkerConfig } from '@motcua/config';
import { CatalogueStore, PortalOutbox, Projector, openBlobStore, openDatabase } from '@motcua/store';
import { AcknowledgementRelay } from './national-sync/acknowledgement-relay';
import { PortalClient } from './national-sync/portal-client';
import { PortalSender } from './national-sync/portal-sender';
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
  // What the projector puts in the national portal's outbox, delivered from here (when a portal is configured).
  const sender = config.portal
    ? new PortalSender(new PortalOutbox(dataSource), new PortalClient(config.portal), config.portal, {
        onError: (error) => console.error(`national portal sender: ${error instanceof Error ? error.message : error}`),
      })
    : undefined;
  sender?.start();
  // What the portal acknowledged becomes dossier events (1.4, 4.4), through the dossiers' workflows.
  const client = config.portal
    ? new Client({
        connection: await Connection.connect({ address: config.temporal.address }),
        namespace: config.temporal.namespace,
      })
    : undefined;
  const relay = client
    ? new AcknowledgementRelay(new PortalOutbox(dataSource), client, new CatalogueStore(dataSource), {
        taskQueue: config.temporal.taskQueue,
        afterCareMs: config.dossierQuietPeriodMs,
        onError: (error) => console.error(`portal acknowledgements: ${error instanceof Error ? error.message : error}`),
      })
    : undefined;
  relay?.start();
  console.log(`motcua worker polling ${config.temporal.address} / ${config.temporal.taskQueue}`);
  if (config.portal) console.log(`motcua worker sending to the national portal at ${config.portal.url}`);
  try {
    await worker.run();
  } finally {
    await sender?.stop();
    await relay?.stop();
    await client?.connection.close();
    await projector.stop();
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
