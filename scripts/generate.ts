/**
 * `npm run generate -- --dossiers 100000 [--feedback 2000] [--agencies 20] [--seed 1] [--from 2025-01-01] [--to <today>]`:
 * appends synthetic dossiers (realistic proportions, played through the domain's decider) to the
 * event store of DATABASE_URL, then rebuilds the read models, with progress bars. For demos and scale tests.
 */
import { parseArgs } from 'node:util';
import { loadBaseConfig } from '@motcua/config';
import { openDatabase, rebuildReadModels } from '@motcua/store';
import { progressBar } from './progress';
import { loadSyntheticDossiers } from './synthetic/load-synthetic';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dossiers: { type: 'string', default: '10000' },
      feedback: { type: 'string', default: '0' },
      agencies: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: '2025-01-01' },
      to: { type: 'string' },
    },
  });
  const now = new Date();
  const count = Number(values.dossiers);
  const options = {
    count,
    feedback: Number(values.feedback),
    seed: Number(values.seed),
    agencies: Number(values.agencies),
    from: new Date(`${values.from}T00:00:00+07:00`),
    to: values.to ? new Date(`${values.to}T00:00:00+07:00`) : now,
    now,
    // Numbers far from the live sequence's and from other seeds' runs.
    firstNumber: 5_000_000 + Number(values.seed) * 100_000,
  };
  if (!Number.isInteger(count) || count <= 0) throw new Error('--dossiers must be a positive integer');
  if (!Number.isInteger(options.feedback) || options.feedback < 0) throw new Error('--feedback must be a whole number');
  const config = loadBaseConfig();
  const db = await openDatabase({ url: config.database.url, poolSize: 4, applicationName: 'motcua-generate' });
  try {
    const started = performance.now();
    const events = await loadSyntheticDossiers(db, options, (done) =>
      process.stderr.write(`\r${progressBar(done, count + options.feedback, 'streams', started)}`),
    );
    process.stderr.write(`\nappended ${events} events; rebuilding the read models\n`);
    const rebuilt = performance.now();
    const result = await rebuildReadModels(db, {
      onProgress: (p) => process.stderr.write(`\r${progressBar(p.applied, p.total, 'events', rebuilt)}`),
    });
    process.stderr.write('\n');
    console.log(`rebuilt from ${result.events} events in ${((performance.now() - rebuilt) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
