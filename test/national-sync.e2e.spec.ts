import { PERSONAL_STORE_SERVICE } from '@motcua/domain';
import { PortalOutbox, type DeliveryOutcome, type OutboxEntry } from '@motcua/store';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

/**
 * A dossier's messages to the national portal, from the API through the projector's outbox, and the
 * admins' dead-letter routes: list, inspect, replay.
 */
describe('the national portal outbox over HTTP', () => {
  let system: TestSystem;
  let admin: ReturnType<typeof apiClient>;
  let code: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const officer = apiClient(system, await bearer('officer'));
    admin = apiClient(system, await bearer('admin', ['*'], 'quan-tri'));
    code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    await officer.command(code, 'accept').expect(200);
    await system.project();
  });
  afterAll(() => system?.stop());

  it('owes the portal the dossier’s creation, its update at acceptance and both steps, in order', async () => {
    const messages = await new PortalOutbox(system.db.dataSource).ofDossier(code);
    expect(messages.map((m) => [m.service, m.isUpdating, m.payload.TrangThaiHoSo ?? m.payload.TrangThai])).toEqual([
      ['DongBoHoSoMC', false, 1],
      ['CapNhatTienDoHoSoMC', null, 1],
      ['DongBoHoSoMC', true, 2],
      ['CapNhatTienDoHoSoMC', null, 2],
    ]);
    expect(messages.every((m) => m.state === 'pending')).toBe(true);
  });

  it('lists a dead letter, shows it, and replays it once', async () => {
    const outbox = new PortalOutbox(system.db.dataSource);
    const [first] = await outbox.ofDossier(code);
    await outbox.deliverDue(1, async () => ({ kind: 'dead', error: 'refused 99: MaTTHC' }));

    const page = await admin.get('/admin/national-sync/dead-letters').expect(200);
    expect(page.body).toEqual({ items: [expect.objectContaining({ messageId: first.messageId })], nextCursor: null });
    const shown = await admin.get(`/admin/national-sync/messages/${first.messageId}`).expect(200);
    expect(shown.body).toMatchObject({ state: 'dead', attempts: 1, lastError: 'refused 99: MaTTHC' });

    const replayed = await admin.post(`/admin/national-sync/messages/${first.messageId}/replay`).expect(200);
    expect(replayed.body).toMatchObject({ state: 'pending', attempts: 0 });
    const again = await admin.post(`/admin/national-sync/messages/${first.messageId}/replay`);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'NOT_A_DEAD_LETTER' });
    expect((await admin.get('/admin/national-sync/dead-letters').expect(200)).body.items).toEqual([]);
    const unknown = await admin.get('/admin/national-sync/messages/STP-KH-000000-000000:1:0');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('lists a dead push of an e-result to the personal data store as its service (the documented shape)', async () => {
    const officer = apiClient(system, await bearer('officer', ['STP-KH'], 'can-bo-tra'));
    const returned = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await officer.command(returned, 'accept').expect(200);
    const signed = await officer.attachSigned(returned);
    await officer
      .command(returned, 'result', { decision: 'approved', documents: [{ ...signed, code: 'LLTP-8', eSigned: true }] })
      .expect(200);
    await system.project();

    const outbox = new PortalOutbox(system.db.dataSource);
    const portal = async (message: OutboxEntry): Promise<DeliveryOutcome> =>
      message.service === PERSONAL_STORE_SERVICE
        ? { kind: 'dead', error: 'refused 12: SoGiayTo' }
        : { kind: 'acknowledged' };
    while ((await outbox.deliverDue(50, portal)) > 0);

    const page = await admin.get('/admin/national-sync/dead-letters').expect(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({ dossierCode: returned, service: PERSONAL_STORE_SERVICE, state: 'dead' }),
    ]);
  });
});
