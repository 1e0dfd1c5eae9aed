/**
 * Rebuilds every read model from the events, with a progress bar, and swaps the fresh tables in
 * (the live projector keeps serving meanwhile). `npm run rebuild` (uses DATABASE_URL).
 */
import { loadBaseConfig } from '@motcua/config';
import { openDatabase, rebuildReadModels } from '@motcua/store';
import { progressBar } from './progress';

async function main(): Promise<void> {
  const config = loadBaseConfig();
  const db = await openDatabase({ url: config.database.url, poolSize: 4, applicationName: 'motcua-rebuild' });
  const started = performance.now();
  try {
    const { events } = await rebuildReadModels(db, {
      onProgress: (p) => process.stderr.write(`\r${progressBar(p.applied, p.total, 'events', started)}`),
    });
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write('\n');
    console.log(
      `rebuilt read models from ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / seconds)} events/s)`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
