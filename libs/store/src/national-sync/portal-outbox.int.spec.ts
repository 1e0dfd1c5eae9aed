import { syntheticDossiers } from '../../../../scripts/synthetic/synthetic-dossiers';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { EventStore } from '../event-store';
import { Projector } from '../projections/projector';
import { rebuildReadModels } from '../projections/rebuild';
import { PortalOutbox, type DeliveryOutcome, type OutboxEntry } from './portal-outbox';

const NOW = new Date('2026-07-10T05:00:00Z');
const population = [
  ...syntheticDossiers({
    count: 60,
    seed: 7,
    agencies: 2,
    from: new Date('2026-06-01T00:00:00Z'),
    to: new Date('2026-07-09T00:00:00Z'),
    now: NOW,
  }),
];

/** The national portal's outbox, written by the projector over real PostgreSQL and drained by competing senders. */
describe('the national portal outbox', () => {
  let db: TestDatabase;
  let outbox: PortalOutbox;
  const all = async (): Promise<OutboxEntry[]> =>
    db.dataSource.query(
      `SELECT message_id AS "messageId", dossier_code AS "dossierCode", seq, service, is_updating AS "isUpdating",
              state, attempts FROM portal_outbox ORDER BY dossier_code, seq`,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    await new EventStore(db.dataSource).startStreams(population);
    await new Projector(db.dataSource, { batchSize: 41 }).drain();
    outbox = new PortalOutbox(db.dataSource);
  }, 60_000);
  afterAll(() => db?.drop());

  it('holds, for every dossier, its creation first and then updates and progress steps in event order', async () => {
    const messages = await all();
    const dossiers = new Set(population.map((d) => d.streamId.replace(/^dossier-/, '')));
    expect(new Set(messages.map((m) => m.dossierCode))).toEqual(dossiers);
    for (const code of dossiers) {
      const own = messages.filter((m) => m.dossierCode === code);
      expect(own[0]).toMatchObject({ service: 'DongBoHoSoMC', isUpdating: false });
      expect(own.filter((m) => m.isUpdating === false)).toHaveLength(1);
      expect(own.some((m) => m.service === 'CapNhatTienDoHoSoMC')).toBe(true);
    }
  });

  it('delivers each dossier in order, one message at a time, and never one message to two senders', async () => {
    const delivered: string[] = [];
    const inFlight = new Set<string>();
    let refusedOnce = false;
    const deliver = async (m: OutboxEntry): Promise<DeliveryOutcome> => {
      // One dossier at a time: a second message of a dossier in flight would break its order.
      expect(inFlight.has(m.dossierCode)).toBe(false);
      inFlight.add(m.dossierCode);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight.delete(m.dossierCode);
      if (!refusedOnce) {
        refusedOnce = true;
        return { kind: 'failed', error: 'HTTP 500', retryAt: new Date(Date.now() - 1) };
      }
      delivered.push(m.messageId);
      return { kind: 'acknowledged' };
    };
    // Three competing senders until nothing is left.
    const sender = async () => {
      while ((await outbox.deliverDue(7, deliver)) > 0);
    };
    await Promise.all([sender(), sender(), sender()]);
    const messages = await all();
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered.sort()).toEqual(messages.map((m) => m.messageId).sort());
    expect(messages.every((m) => m.state === 'acknowledged')).toBe(true);
    expect(messages.filter((m) => m.attempts === 2)).toHaveLength(1);
    for (const code of new Set(messages.map((m) => m.dossierCode))) {
      const order = delivered.filter((id) => id.startsWith(`${code}:`)).map((id) => Number(id.split(':')[1]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('keeps what was acknowledged through a rebuild, and adds nothing twice', async () => {
    const before = await all();
    await rebuildReadModels(db.dataSource);
    await new Projector(db.dataSource).drain();
    expect(await all()).toEqual(before);
  });

  it('writes, as the live projector would have, the messages of events it had not applied when a rebuild ran', async () => {
    const [generated] = syntheticDossiers({
      count: 1,
      seed: 99,
      agencies: 1,
      from: new Date('2026-05-04T00:00:00Z'),
      to: new Date('2026-05-05T00:00:00Z'),
      now: NOW,
    });
    // An officer's events (the role is in the portal's progress rows).
    const late = {
      ...generated,
      events: generated.events.map((e) => ({
        ...e,
        metadata: { ...e.metadata, actorId: 'can-bo-1', actorRole: 'officer' },
      })),
    };
    expect(late.events.length).toBeGreaterThan(3);
    const code = late.streamId.replace(/^dossier-/, '');
    // What the live projector writes for the dossier, in a database of its own.
    const reference = await createTestDatabase();
    try {
      await new EventStore(reference.dataSource).startStreams([late]);
      await new Projector(reference.dataSource).drain();
      const expected = await new PortalOutbox(reference.dataSource).ofDossier(code);

      // Here the live projector applies the first two events only; a rebuild finds the rest.
      const store = new EventStore(db.dataSource);
      await store.startStreams([{ streamId: late.streamId, events: late.events.slice(0, 2) }]);
      await new Projector(db.dataSource).drain();
      await store.append(late.streamId, 2, late.events.slice(2));
      await rebuildReadModels(db.dataSource);
      const written = await outbox.ofDossier(code);
      const shape = (m: OutboxEntry) => [m.messageId, m.seq, m.service, m.isUpdating, m.payload];
      expect(written.map(shape)).toEqual(expected.map(shape));
      expect(written.length).toBeGreaterThan(2);
    } finally {
      await reference.drop();
    }
  });

  it('stops a dossier at a dead letter until an admin replays it', async () => {
    const [first] = population;
    const code = first.streamId.replace(/^dossier-/, '');
    await db.dataSource.query(`UPDATE portal_outbox SET state = 'pending', attempts = 0 WHERE dossier_code = $1`, [
      code,
    ]);
    const own = await outbox.ofDossier(code);
    const killFirst = async (m: OutboxEntry): Promise<DeliveryOutcome> =>
      m.messageId === own[0].messageId ? { kind: 'dead', error: 'payload refused: 99' } : { kind: 'acknowledged' };
    while ((await outbox.deliverDue(10, killFirst)) > 0);
    expect((await outbox.ofDossier(code)).map((m) => m.state)).toEqual(
      own.map((_, i) => (i === 0 ? 'dead' : 'pending')),
    );
    expect((await outbox.deadLetters(10)).map((m) => m.messageId)).toEqual([own[0].messageId]);
    expect(await outbox.message(own[0].messageId)).toMatchObject({ lastError: 'payload refused: 99', attempts: 1 });

    expect(await outbox.replay(own[0].messageId)).toBe(true);
    expect(await outbox.replay(own[0].messageId)).toBe(false); // not dead any more
    while ((await outbox.deliverDue(10, async () => ({ kind: 'acknowledged' }))) > 0);
    expect((await outbox.ofDossier(code)).every((m) => m.state === 'acknowledged')).toBe(true);
    expect(await outbox.deadLetters(10)).toEqual([]);
  });
});

describe('a first build of the read models', () => {
  it('runs over events no live projection ever saw, and tells the portal nothing of that history', async () => {
    const db = await createTestDatabase();
    try {
      await new EventStore(db.dataSource).startStreams(population.slice(0, 5));
      await rebuildReadModels(db.dataSource);
      const [{ dossiers }] = await db.dataSource.query('SELECT count(*)::int AS dossiers FROM dossiers');
      expect(dossiers).toBe(5);
      expect(await db.dataSource.query('SELECT message_id FROM portal_outbox')).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
