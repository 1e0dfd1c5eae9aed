import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('the web app’s generated API client', () => {
  it('matches the API’s OpenAPI document (after changing a route: npm run web:client)', () => {
    // A child process: openapi-typescript loads ESM-only packages that jest's module system cannot.
    const check = spawnSync(
      process.execPath,
      ['-r', './scripts/infra/swc-register.cjs', 'scripts/web-client.ts', '--check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 60_000);
});
