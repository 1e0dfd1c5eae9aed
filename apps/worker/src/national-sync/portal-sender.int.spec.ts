import type { PortalConfig } from '@motcua/config';
import { EventStore, PortalOutbox, Projector, openDatabase } from '@motcua/store';
import { startStandInPortal, type StandInPortal } from '../../../../scripts/national-portal/stand-in-portal';
import { syntheticDossiers } from '../../../../scripts/synthetic/synthetic-dossiers';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { PortalClient } from './portal-client';
import { PortalSender, retryDelayMs } from './portal-sender';

const population = [
  ...syntheticDossiers({
    count: 40,
    seed: 11,
    agencies: 2,
    from: new Date('2026-06-01T00:00:00Z'),
    to: new Date('2026-07-09T00:00:00Z'),
    now: new Date('2026-07-10T05:00:00Z'),
  }),
];

/**
 * The outbox delivered to the stand-in portal by competing senders while it fails 30 % of calls, hangs
 * some, and drops sessions, and while senders die mid-delivery: every message is accepted exactly once,
 * each dossier's in order.
 */
describe('the national portal sender, under faults', () => {
  let db: TestDatabase;
  let portal: StandInPortal;
  let config: PortalConfig;

  beforeAll(async () => {
    [db, portal] = await Promise.all([createTestDatabase(), startStandInPortal()]);
    await new EventStore(db.dataSource).startStreams(population);
    await new Projector(db.dataSource).drain();
    config = {
      url: portal.url,
      ...portal.credentials,
      unitCode: '000.00.00.H00',
      timeoutMs: 300,
      retry: { maxAttempts: 50, baseMs: 5, capMs: 40 },
    };
  }, 60_000);
  afterAll(async () => {
    await portal?.stop();
    await db?.drop();
  });

  it('delivers every message exactly once, in per-dossier order, through errors, hangs, lost sessions and crashes', async () => {
    const expected: { message_id: string; dossier_code: string }[] = await db.dataSource.query(
      'SELECT message_id, dossier_code FROM portal_outbox ORDER BY dossier_code, seq',
    );
    // Two senders "killed" between send and acknowledgement: the portal takes a message in and holds its
    // answer; as soon as it has taken one from the doomed sender, that sender's connections are cut.
    portal.faults({ answerLateMs: 2_000 });
    for (let killed = 0; killed < 2; killed++) {
      const own = await openDatabase({ url: db.url, poolSize: 2, applicationName: 'doomed-sender' });
      const doomed = new PortalSender(new PortalOutbox(own), new PortalClient(config), config, { idleMs: 5 });
      const taken = portal.accepted().length;
      doomed.start();
      while (portal.accepted().length === taken) await new Promise((resolve) => setTimeout(resolve, 5));
      await db.dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'doomed-sender'`,
      );
      await doomed.stop().catch(() => undefined);
      await own.destroy().catch(() => undefined);
    }
    // Then errors, hangs and lost sessions while the survivors deliver.
    portal.faults({ answerLateMs: 0, failRate: 0.3, timeoutRate: 0.05, dropSessionRate: 0.05 });
    const senders = [0, 1, 2].map(
      () => new PortalSender(new PortalOutbox(db.dataSource), new PortalClient(config), config, { idleMs: 5 }),
    );
    senders.forEach((s) => s.start());
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const [{ left }] = await db.dataSource.query(
        `SELECT count(*)::int AS left FROM portal_outbox WHERE state <> 'acknowledged'`,
      );
      if (left === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(senders.map((s) => s.stop()));

    const [{ dead }] = await db.dataSource.query(
      `SELECT count(*)::int AS dead FROM portal_outbox WHERE state = 'dead'`,
    );
    expect(dead).toBe(0);
    const accepted = portal.accepted();
    expect(accepted.map((m) => m.messageId).sort()).toEqual(expected.map((m) => m.message_id).sort());
    for (const code of new Set(expected.map((m) => m.dossier_code))) {
      expect(accepted.filter((m) => m.dossierCode === code).map((m) => m.messageId)).toEqual(
        expected.filter((m) => m.dossier_code === code).map((m) => m.message_id),
      );
    }
    // The faults happened: sessions were signed in again, and messages the portal took from a sender that
    // died before recording it were sent again under the same id (acknowledged twice, accepted once).
    expect(portal.counts.logins).toBeGreaterThan(1);
    expect(accepted.filter((m) => portal.acknowledgements(m.messageId) > 1).length).toBeGreaterThan(0);
    expect(portal.counts.refused).toBe(0);
  }, 120_000);

  it('backs off exponentially with jitter, up to the cap', () => {
    const retry = { maxAttempts: 10, baseMs: 1_000, capMs: 60_000 };
    expect(retryDelayMs(0, retry, () => 0)).toBe(500);
    expect(retryDelayMs(0, retry, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, retry, () => 0.5)).toBe(6_000);
    expect(retryDelayMs(20, retry, () => 1)).toBe(60_000);
  });
});
