import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { installQuietRuntime, workflowBundlePath } from './support/temporal';

/** One folder per workflow version (`<n>-<patch>`); every version's histories must keep replaying. */
const DIR = join(__dirname, 'histories');
const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

/**
 * Versioning discipline: every recorded history must replay on the current workflow code. A change
 * that would make a running dossier non-deterministic fails here, not in production. Change the
 * workflow behind `patched()` and record new histories (npm run record-histories) next to the old ones.
 */
describe('replay of recorded workflow histories', () => {
  beforeAll(() => installQuietRuntime());

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('replays %s deterministically', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: workflowBundlePath() } }, history, file),
    ).resolves.toBeUndefined();
  });
});
