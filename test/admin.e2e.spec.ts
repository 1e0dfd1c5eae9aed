import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';
import { DEMO_PROCEDURES } from '@motcua/store';

describe('administration: catalogue and unit calendars as events', () => {
  let system: TestSystem;
  let admin: ReturnType<typeof apiClient>;
  let officer: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = apiClient(system, await bearer('admin', ['STP-KH'], 'admin-1'));
    officer = apiClient(system, await bearer('officer', ['STP-KH']));
  });
  afterAll(() => system?.stop());

  it('revises a procedure: new submissions take the new duration; a stale If-Match is refused', async () => {
    const list = await admin.get('/admin/procedures').expect(200);
    const current = list.body.find((p: { value: { code: string } }) => p.value.code === '2.000488');
    const { code: _code, ...terms } = DEMO_PROCEDURES[0];
    const revised = await admin
      .put(`/admin/procedures/2.000488`, {
        ...terms,
        durations: { desk: { unit: 'workingDays', value: 5 }, online: { unit: 'workingDays', value: 5 } },
      })
      .set('if-match', `"${current.version}"`)
      .expect(200);
    expect(revised.body.version).toBe(current.version + 1);
    const stale = await admin.put(`/admin/procedures/2.000488`, terms).set('if-match', `"${current.version}"`);
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    const accepted = await officer.command(code, 'accept').expect(200);
    expect(accepted.body.procedure.durations.desk).toEqual({ unit: 'workingDays', value: 5 });
  });

  it('revises a unit calendar: open dossiers recompute their pending due dates, the event is kept', async () => {
    const code = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    const before = (await officer.command(code, 'accept').expect(200)).body;
    await system.project();
    const dueDay = before.dueAt.slice(0, 10);
    const dayBefore = new Date(Date.parse(before.dueAt) - 86_400_000).toISOString().slice(0, 10);
    const unit = (await admin.get('/admin/calendars').expect(200)).body.find(
      (c: { value: { agencyCode: string } }) => c.value.agencyCode === 'STP-KH',
    );
    const calendar = { ...unit.value.calendar, holidays: [...(unit.value.calendar.holidays ?? []), dayBefore, dueDay] };
    const res = await admin.put('/admin/calendars/STP-KH', { agencyName: unit.value.agencyName, calendar }).expect(200);
    expect(res.body.openDossiers).toBeGreaterThanOrEqual(1);
    expect(res.body.failed).toBe(0);
    const after = (await officer.get(`/dossiers/${code}/events`).expect(200)).body.items;
    const recomputed = after.find((e: { type: string }) => e.type === 'DeadlinesRecomputed');
    expect(recomputed.data.dueAt > before.dueAt).toBe(true);
    expect(recomputed.data.revision).toBe(`v${res.body.version}`);
  });

  it('refuses an invalid calendar with 400 and stores nothing', async () => {
    const bad = await admin.put('/admin/calendars/STP-KH', {
      agencyName: 'X',
      calendar: { timeZone: 'Asia/Ho_Chi_Minh', sessions: [{ start: '11:00', end: '08:00' }] },
    });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
