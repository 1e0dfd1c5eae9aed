/**
 * Rebuilds every read model from the events, with a progress bar, and swaps the fresh tables in
 * (the live projector keeps serving meanwhile). `npm run rebuild` (uses DATABASE_URL).
 */
import { loadBaseConfig } from '../libs/config/src/config';
import { openDatabase, rebuildReadModels, type RebuildProgress } from '../libs/store/src';

function bar({ applied, total }: RebuildProgress, started: number): string {
  const width = 30;
  const ratio = total === 0 ? 1 : Math.min(1, applied / total);
  const done = Math.round(ratio * width);
  const rate = applied / Math.max(0.001, (performance.now() - started) / 1000);
  return `[${'#'.repeat(done)}${' '.repeat(width - done)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${applied}/${total} events  ${Math.round(rate)} events/s`;
}

async function main(): Promise<void> {
  const config = loadBaseConfig();
  const db = await openDatabase({ url: config.database.url, poolSize: 4, applicationName: 'motcua-rebuild' });
  const started = performance.now();
  try {
    const { events } = await rebuildReadModels(db, (p) => process.stderr.write(`\r${bar(p, started)}`));
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
