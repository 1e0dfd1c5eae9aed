#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every test level (unit, int, e2e) in one jest run
// against real servers that jest's global setup starts (see test/global-setup.mjs) — on the machine's
// Node and again on the current LTS (Node 24, from .tools/venv) when the machine's is older.
// MOTCUA_TEST_NODES=current runs the first only. Temporary files of a run (ours, jest's, the
// servers') go to a scratch folder of its own, removed at the end.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules } from './infra/dependencies.mjs';
import { NODE_LTS_MAJOR, resolveNodeLts } from './infra/node-lts.mjs';
import { ROOT, resolveTemporalBinaries } from './infra/temporal-tools.mjs';

ensureNodeModules(ROOT);
resolveTemporalBinaries();
const { makeScratchDir } = await import('./infra/scratch.mjs');
const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

/** Runs the whole suite on the Node at `node`; returns its exit status. */
function runSuite(node, label) {
  const scratch = makeScratchDir('run-');
  const started = Date.now();
  console.log(`[test] on ${label}`);
  const result = spawnSync(node, [jest, '--maxWorkers=2', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: scratch, NODE_COMPILE_CACHE: join(scratch, 'node-compile-cache') },
  });
  rmSync(scratch, { recursive: true, force: true });
  console.log(`[test] ${label}: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status ?? 1;
}

let status = runSuite(process.execPath, `Node ${process.version}`);
const major = Number(process.versions.node.split('.')[0]);
if (status === 0 && major < NODE_LTS_MAJOR && process.env.MOTCUA_TEST_NODES !== 'current') {
  const lts = resolveNodeLts();
  if (lts) status = runSuite(lts, `Node ${NODE_LTS_MAJOR} LTS (.tools/venv)`);
  else console.warn(`[test] no Node ${NODE_LTS_MAJOR} here (needs Python and PyPI): ran on ${process.version} only`);
}
process.exit(status);
