#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every test level (unit, int, e2e) in one jest run
// against real servers that jest's global setup starts (see test/global-setup.mjs). Temporary files of
// the run (ours, jest's, the servers') go to a scratch folder of its own, removed at the end.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules } from './infra/dependencies.mjs';
import { ROOT, resolveTemporalBinaries } from './infra/temporal-tools.mjs';

ensureNodeModules(ROOT);
resolveTemporalBinaries();
const { makeScratchDir } = await import('./infra/scratch.mjs');
const scratch = makeScratchDir('run-');
const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const started = Date.now();
const result = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: scratch },
});
rmSync(scratch, { recursive: true, force: true });
console.log(`[test] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
