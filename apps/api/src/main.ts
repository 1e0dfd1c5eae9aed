import { loadConfig } from '@motcua/config';
import { openDatabase } from '@motcua/store';
import { createApp } from './app';

/** The API process: validates the configuration, migrates, serves until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase({
    url: config.database.url,
    poolSize: config.database.poolSize,
    applicationName: 'motcua-api',
  });
  const app = await createApp({ config, dataSource });
  await app.listen({ port: config.api.port, host: config.api.host });
  console.log(`motcua API listening on http://${config.api.host}:${config.api.port}`);
  const stop = async (): Promise<void> => {
    await app.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
