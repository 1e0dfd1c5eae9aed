// A real S3-compatible server for the tests of the S3 blob store: moto's server (PyPI `moto[server]`,
// pinned, installed into .tools/venv on first use), on a free port of 127.0.0.1, in memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isListening, waitFor } from './ports.mjs';
import { VENV, installIntoVenv } from './temporal-tools.mjs';

const PINNED = 'moto[server]==5.2.5';

/** The moto server's executable, installed on first use; undefined when it cannot be had here. */
export function resolveMotoServer() {
  const bin = join(VENV, 'bin', 'moto_server');
  if (existsSync(bin)) return bin;
  return installIntoVenv([PINNED]) && existsSync(bin) ? bin : undefined;
}

/** @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>} */
export async function startS3Server() {
  const bin = resolveMotoServer();
  if (!bin) throw new Error('no S3-compatible server: moto could not be installed from PyPI into .tools/venv');
  const port = await freePort();
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(`moto on 127.0.0.1:${port}`, async () => {
    if (exited) throw new Error('moto_server exited');
    return isListening(port);
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolveStop) => {
        if (exited) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
