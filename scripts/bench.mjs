#!/usr/bin/env node
// `npm run bench [-- name ...]`: runs the benchmarks in bench/<name>/<name>.bench.ts (all when no
// name is given), each starting the servers it needs, and prints their figures side by side.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules } from './infra/dependencies.mjs';
import { ROOT, resolveTemporalBinaries } from './infra/temporal-tools.mjs';

ensureNodeModules(ROOT);
resolveTemporalBinaries();
const all = readdirSync(join(ROOT, 'bench'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'bench', d.name, `${d.name}.bench.ts`)))
  .map((d) => d.name);
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
for (const name of chosen) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark ${name}; have: ${all.join(', ')}`);
    process.exit(2);
  }
  const script = join(ROOT, 'bench', name, `${name}.bench.ts`);
  const result = spawnSync(process.execPath, ['-r', join(ROOT, 'scripts/infra/swc-register.cjs'), script], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
