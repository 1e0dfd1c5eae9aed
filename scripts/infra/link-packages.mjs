#!/usr/bin/env node
// After `tsc`: links dist/node_modules/@motcua/<name> to the compiled folder of each of our packages,
// so the compiled tree resolves `@motcua/domain` like any installed package (no resolve hook in
// production). Part of `npm run build`; `npm start` calls it too.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const { PACKAGES, ROOT } = createRequire(import.meta.url)('./packages.cjs');

/** (Re)creates the links under `dist` (default: the project's dist/). */
export function linkPackages(dist = join(ROOT, 'dist')) {
  for (const [name, folder] of Object.entries(PACKAGES)) {
    const link = join(dist, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    rmSync(link, { force: true, recursive: true });
    symlinkSync(relative(dirname(link), join(dist, folder)), link, 'dir');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) linkPackages();
