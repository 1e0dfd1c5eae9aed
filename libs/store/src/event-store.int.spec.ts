import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { EventStore, InconsistentRetry, START, WrongExpectedVersion, type NewEvent } from './event-store';

const event = (type: string, n = 1): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: { n, at: '2025-03-10T02:00:00.000Z' },
  metadata: { actorId: 'officer-1', actorRole: 'officer', agencyCode: 'STP-KH', correlationId: 'c', causationId: 'k' },
  occurredAt: '2025-03-10T02:00:00.000Z',
});

/**
 * Reads every committed event once `streamId` shows: a catch-up reader stops at the oldest
 * transaction still open anywhere in the cluster, and other test files share the cluster.
 */
async function readAllShowing(store: EventStore, streamId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const all = await store.readAll(START, 10_000);
    if (all.some((e) => e.streamId === streamId) || Date.now() > deadline) return all;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('EventStore on PostgreSQL', () => {
  let db: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new EventStore(db.dataSource);
  });
  afterAll(() => db?.drop());

  it('appends to a stream at the expected version and reads it back in order', async () => {
    await expect(store.append('s-1', 0, [event('A'), event('B')])).resolves.toEqual({ version: 2, duplicate: false });
    await expect(store.append('s-1', 2, [event('C')])).resolves.toEqual({ version: 3, duplicate: false });
    const read = await store.readStream('s-1');
    expect(read.map((e) => [e.type, e.streamVersion])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
    expect(read[0].metadata).toMatchObject({ actorId: 'officer-1', agencyCode: 'STP-KH' });
    expect(read[0].occurredAt).toBe('2025-03-10T02:00:00.000Z');
  });

  it('treats a retried append (same event ids) as done, writing nothing twice', async () => {
    const batch = [event('A'), event('B')];
    await store.append('s-2', 0, batch);
    await expect(store.append('s-2', 0, batch)).resolves.toEqual({ version: 2, duplicate: true });
    expect(await store.readStream('s-2')).toHaveLength(2);
  });

  it('rejects a writer at a stale or future version', async () => {
    await store.append('s-3', 0, [event('A')]);
    await expect(store.append('s-3', 0, [event('B')])).rejects.toBeInstanceOf(WrongExpectedVersion);
    await expect(store.append('s-3', 5, [event('B')])).rejects.toMatchObject({ expected: 5, actual: 1 });
  });

  it('lets exactly one of many concurrent writers at the same version win', async () => {
    await store.append('s-4', 0, [event('A')]);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => store.append('s-4', 1, [event('B', i)])),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .every((r) => (r as PromiseRejectedResult).reason instanceof WrongExpectedVersion),
    ).toBe(true);
    expect(await store.readStream('s-4')).toHaveLength(2);
  });

  it('treats concurrent duplicate deliveries of one append as one', async () => {
    const batch = [event('A'), event('B')];
    const results = await Promise.all(Array.from({ length: 6 }, () => store.append('s-5', 0, batch)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await store.readStream('s-5')).toHaveLength(2);
  });

  it('refuses a retry whose events are only partly stored', async () => {
    const a = event('A');
    await store.append('s-6', 0, [a]);
    await expect(store.append('s-6', 0, [a, event('B')])).rejects.toBeInstanceOf(InconsistentRetry);
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    await expect(db.dataSource.query("UPDATE events SET type = 'X' WHERE stream_id = 's-1'")).rejects.toThrow(
      /append-only/,
    );
    await expect(db.dataSource.query("DELETE FROM events WHERE stream_id = 's-1'")).rejects.toThrow(/append-only/);
  });

  it('reads all committed events in global order (commit order, then position) after a checkpoint', async () => {
    await store.append('s-order', 0, [event('A'), event('B'), event('C')]);
    const all = await readAllShowing(store, 's-order');
    const keys = all.map((e) => [BigInt(e.transactionId), BigInt(e.position)] as const);
    const ascending = keys.every(
      ([tx, pos], i) => i === 0 || tx > keys[i - 1][0] || (tx === keys[i - 1][0] && pos > keys[i - 1][1]),
    );
    expect(ascending).toBe(true);
    for (const stream of new Set(all.map((e) => e.streamId))) {
      const versions = all.filter((e) => e.streamId === stream).map((e) => e.streamVersion);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    }
    const rest = await store.readAll({ transactionId: all[2].transactionId, position: all[2].position }, 1000);
    expect(rest.map((e) => e.eventId)).toEqual(all.slice(3).map((e) => e.eventId));
  });

  it('does not show an event whose transaction is still open, nor any event after it', async () => {
    const runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata, occurred_at)
         VALUES ('s-open', 1, $1, 'Pending', '{}', '{}', now())`,
        [randomUUID()],
      );
      await store.append('s-after', 0, [event('After')]);
      const seen = (await store.readAll(START, 10_000)).map((e) => e.streamId);
      expect(seen).not.toContain('s-open');
      expect(seen).not.toContain('s-after');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await readAllShowing(store, 's-after')).map((e) => e.streamId)).toContain('s-after');
  });
});
