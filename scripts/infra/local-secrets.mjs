// Secrets of a local installation (`npm start`): generated once into <data dir>/secrets.json (git-ignored),
// unless the environment sets them. Production sets AUTH_* and LOOKUP_KEY_SECRET itself.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function localSecrets(dataDir) {
  const file = join(dataDir, 'secrets.json');
  let secrets = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (!secrets.AUTH_JWT_SECRET || !secrets.LOOKUP_KEY_SECRET) {
    secrets = {
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
      LOOKUP_KEY_SECRET: randomBytes(32).toString('base64url'),
      ...secrets,
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return {
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET ?? secrets.AUTH_JWT_SECRET,
    LOOKUP_KEY_SECRET: process.env.LOOKUP_KEY_SECRET ?? secrets.LOOKUP_KEY_SECRET,
  };
}
