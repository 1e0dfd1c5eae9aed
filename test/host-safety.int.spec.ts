import { chmodSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresProcess } from './support/postgres-process';

/**
 * `npm start` and the tests run as root: starting the embedded PostgreSQL must change nothing it did
 * not create (a shared /tmp keeps its sticky bit), and a unit's persistent records keep fsync on.
 */
describe('the embedded PostgreSQL and the host', () => {
  let scratch: string;

  beforeAll(async () => {
    const { makeScratchDir } = await import('../scripts/infra/scratch.mjs');
    scratch = makeScratchDir('host-safety-');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function settingsOf(url: string): Promise<Record<string, string>> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit')",
      );
      return Object.fromEntries(rows.map((r: { name: string; setting: string }) => [r.name, r.setting]));
    } finally {
      await client.end();
    }
  }

  async function start(dataDir: string, persistent: boolean) {
    const { freePort } = await import('../scripts/infra/ports.mjs');
    return startPostgresProcess(dataDir, await freePort(), !persistent);
  }

  it('leaves a world-writable sticky folder above its data directory as it was, and keeps fsync for persistent data', async () => {
    const shared = join(scratch, 'shared-tmp');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const server = await start(join(shared, 'motcua', 'postgres'), true);
    try {
      expect(statSync(shared).mode & 0o7777).toBe(0o1777);
      expect(await settingsOf(server.adminUrl)).toEqual({
        fsync: 'on',
        full_page_writes: 'on',
        synchronous_commit: 'on',
      });
    } finally {
      await server.stop();
    }
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  it('turns durability off only for a throwaway cluster', async () => {
    const server = await start(join(scratch, 'throwaway'), false);
    try {
      expect(await settingsOf(server.adminUrl)).toEqual({
        fsync: 'off',
        full_page_writes: 'off',
        synchronous_commit: 'off',
      });
    } finally {
      await server.stop();
    }
  });

  (process.getuid?.() === 0 ? it : it.skip)(
    'stops with a message saying what to do when the server user cannot reach the data directory, changing nothing',
    async () => {
      const closed = join(scratch, 'closed');
      mkdirSync(closed);
      chmodSync(closed, 0o700);
      await expect(start(join(closed, 'postgres'), true)).rejects.toThrow(
        new RegExp(`cannot enter ${closed} \\(mode 700\\).*MOTCUA_DATA_DIR.*DATABASE_URL`),
      );
      expect(statSync(closed).mode & 0o7777).toBe(0o700);
    },
  );
});
