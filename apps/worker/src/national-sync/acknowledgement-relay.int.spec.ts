import { Client, Connection } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { CatalogueStore, EventStore, Index766Reports, PortalOutbox, Projector } from '@motcua/store';
import { dossierStreamId, dossierWorkflowId } from '@motcua/workflows/messages';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { OFFICER, eventually, send, submitDossier } from '../../../../test/support/dossiers';
import {
  connectToDevServer,
  devServerAddress,
  startWorker,
  uniqueTaskQueue,
  type RunningWorker,
} from '../../../../test/support/temporal';
import { AcknowledgementRelay } from './acknowledgement-relay';

/**
 * The portal's acknowledgement of a dossier's record becomes a `PortalAcknowledged` event of the dossier
 * (through its workflow, waking one that ended), and so the 766 fact behind 1.4; relayed once.
 */
describe('the relay of the portal’s acknowledgements', () => {
  let db: TestDatabase;
  let native: NativeConnection;
  let client: Client;
  let worker: RunningWorker;
  let outbox: PortalOutbox;
  let relay: AcknowledgementRelay;
  const taskQueue = uniqueTaskQueue('relay');
  const code = () => `STP-KH-261203-${String(Math.floor(Math.random() * 9e8)).padStart(9, '0')}`;

  beforeAll(async () => {
    [db, native] = await Promise.all([createTestDatabase(), connectToDevServer()]);
    client = new Client({ connection: await Connection.connect({ address: devServerAddress() }) });
    worker = await startWorker({ connection: native, taskQueue, dataSource: db.dataSource });
    outbox = new PortalOutbox(db.dataSource);
    relay = new AcknowledgementRelay(outbox, client, new CatalogueStore(db.dataSource), {
      taskQueue,
      afterCareMs: 60_000,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await native?.close();
    await client?.connection.close();
    await db?.drop();
  });

  /** Accepts a desk dossier, projects it and lets the portal acknowledge every message owed. */
  const acknowledgedDossier = async (): Promise<string> => {
    const dossierCode = code();
    await submitDossier(client, taskQueue, { code: dossierCode, channel: 'desk' });
    await send(client, dossierCode, { type: 'AcceptDossier', actor: OFFICER });
    await new Projector(db.dataSource).drain();
    while ((await outbox.deliverDue(50, async () => ({ kind: 'acknowledged' }))) > 0);
    return dossierCode;
  };
  const acknowledgementsOf = async (dossierCode: string) =>
    (await new EventStore(db.dataSource).readStream(dossierStreamId(dossierCode))).filter(
      (e) => e.type === 'PortalAcknowledged',
    );
  const factsOf = async (dossierCode: string) =>
    (
      await db.dataSource.query('SELECT kind FROM index766_facts WHERE dossier_code = $1 ORDER BY kind', [dossierCode])
    ).map((r: { kind: string }) => r.kind);

  it('records the record’s acknowledgement as a dossier event, once, and 1.4’s fact follows', async () => {
    const dossierCode = await acknowledgedDossier();
    expect(await factsOf(dossierCode)).not.toContain('reachedPortal');
    expect(await relay.relayDue()).toBe(1);
    const [event] = await acknowledgementsOf(dossierCode);
    expect(event.data).toMatchObject({ acknowledged: 'record', messageId: `${dossierCode}:1:0` });
    expect(await relay.relayDue()).toBe(0);
    await new Projector(db.dataSource).drain();
    expect(await factsOf(dossierCode)).toContain('reachedPortal');
    // The scorecard's 1.4: this agency's one dossier received this year reached the portal.
    const year = new Date().getUTCFullYear();
    const { scorecard } = await new Index766Reports(db.dataSource).scorecard({
      scope: { agencies: ['STP-KH'] },
      period: { from: `${year - 1}-12-01`, to: `${year + 1}-01-31` },
      asOf: new Date(),
    });
    expect(scorecard.indicators.find((i) => i.id === '1.4')).toMatchObject({ numerator: 1, denominator: 1, points: 6 });
    // The event itself owes the portal nothing, and an acknowledgement relayed again adds no event.
    expect(await outbox.acknowledgementsToRelay(10)).toEqual([]);
    await db.dataSource.query('UPDATE portal_outbox SET relayed_at = NULL WHERE dossier_code = $1', [dossierCode]);
    expect(await relay.relayDue()).toBe(1);
    expect(await acknowledgementsOf(dossierCode)).toHaveLength(1);
  });

  it('sets aside an acknowledgement no workflow can record, without holding back the next', async () => {
    await db.dataSource.query(
      `INSERT INTO portal_outbox (message_id, dossier_code, agency_code, seq, service, is_updating, payload,
                                  mapping_version, state, acknowledged_at)
       VALUES ('NOWHERE-261203-000000001:1:0', 'NOWHERE-261203-000000001', 'NOWHERE', 10, 'DongBoHoSoMC', false,
               '{}', '2020', 'acknowledged', now() - interval '1 hour')`,
    );
    const dossierCode = await acknowledgedDossier();
    const said: unknown[] = [];
    const patient = new AcknowledgementRelay(outbox, client, new CatalogueStore(db.dataSource), {
      taskQueue,
      afterCareMs: 60_000,
      onError: (error) => said.push(error),
    });
    expect(await patient.relayDue()).toBe(2);
    expect(said).toEqual([
      expect.objectContaining({ message: expect.stringContaining('NOWHERE-261203-000000001:1:0') }),
    ]);
    expect(await acknowledgementsOf(dossierCode)).toHaveLength(1);
    expect(await outbox.acknowledgementsToRelay(10)).toEqual([]);
  });

  it('wakes a dossier whose run has ended to record it', async () => {
    const dossierCode = await acknowledgedDossier();
    await client.workflow.getHandle(dossierWorkflowId(dossierCode)).terminate('its quiet period passed');
    expect(await relay.relayDue()).toBe(1);
    await eventually('the woken run recorded it', async () => (await acknowledgementsOf(dossierCode)).length === 1);
  });
});
