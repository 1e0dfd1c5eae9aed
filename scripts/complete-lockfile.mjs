#!/usr/bin/env node
// Adds lockfile entries for platform-specific optional packages that the package
// registry reachable from the machine that wrote the lockfile did not serve (a partial
// mirror answers 404 for other platforms' native bindings, so `npm install` drops them
// and `npm ci` then refuses the lockfile as out of sync).
// Each added entry states version, os, cpu and libc as npm would have written them:
// npm skips it on other platforms and fetches it by name and version on its own one.
// Run after every `npm install` that changes the lockfile (`npm run lock`).
import { readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
  'wasm32',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32', 'universal'];

/** Platform facts read from a binding's name, e.g. `resolver-binding-linux-arm64-musl`. */
function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  if (!os && !cpu) return undefined;
  const facts = {};
  if (os && os !== 'wasm32') facts.os = [os === 'openharmony' ? 'openharmony' : os];
  if (cpu && cpu !== 'universal') facts.cpu = [cpu];
  if (tokens.some((t) => t.startsWith('musl'))) facts.libc = ['musl'];
  else if (tokens.some((t) => t.startsWith('gnu'))) facts.libc = ['glibc'];
  return facts;
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = where ? `${where}/node_modules/` : 'node_modules/';
    const candidates = [`${base}${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => lock.packages[c])) continue;
    const facts = platformOf(dep);
    if (!facts) continue;
    lock.packages[`node_modules/${dep}`] = { version, ...facts, dev: pkg.dev, optional: true };
    if (!pkg.dev) delete lock.packages[`node_modules/${dep}`].dev;
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} platform entries added`);
