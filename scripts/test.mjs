#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every test level (unit, int, e2e) in one jest run
// against real servers that jest's global setup starts (see test/global-setup.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureNodeModules } from './infra/dependencies.mjs';
import { ROOT, resolveTemporalBinaries } from './infra/temporal-tools.mjs';

ensureNodeModules(ROOT);
resolveTemporalBinaries();
const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const started = Date.now();
const result = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
console.log(`[test] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
