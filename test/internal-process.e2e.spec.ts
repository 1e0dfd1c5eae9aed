import type request from 'supertest';
import { DEMO_PROCEDURES } from '@motcua/store';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

/** Desk → civil-judgement department → the director signs → desk; the director's step has no time of its own. */
const PROCESS = {
  steps: [
    {
      id: 'tiep-nhan',
      name: 'Tiếp nhận hồ sơ',
      unit: 'desk',
      role: 'officer',
      share: { unit: 'workingDays', value: 1 },
    },
    {
      id: 'tham-dinh',
      name: 'Thẩm định hồ sơ',
      unit: 'P-HCTP',
      role: 'officer',
      share: { unit: 'workingHours', value: 63.999 },
    },
    {
      id: 'ky-duyet',
      name: 'Ký duyệt',
      unit: 'leadership',
      role: 'leader',
      share: { unit: 'workingHours', value: 0.001 },
    },
    { id: 'tra-ket-qua', name: 'Trả kết quả', unit: 'desk', role: 'officer', share: { unit: 'workingDays', value: 1 } },
  ],
};

/**
 * A dossier handed between units by four people over HTTP: the control slip shows every hand-over,
 * the late step is the one blamed (by the lateness figures and on the apology), and bad moves get
 * coded refusals that change nothing.
 */
describe('the internal process over HTTP', () => {
  let system: TestSystem;
  let desk: ReturnType<typeof apiClient>;
  let specialist: ReturnType<typeof apiClient>;
  let director: ReturnType<typeof apiClient>;
  let returner: ReturnType<typeof apiClient>;
  let supervisor: ReturnType<typeof apiClient>;
  let admin: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startTestSystem();
    desk = apiClient(system, await bearer('officer', ['STP-KH'], 'mot-cua-hoa', ['desk']));
    specialist = apiClient(system, await bearer('officer', ['STP-KH'], 'chuyen-vien-lan', ['P-HCTP']));
    director = apiClient(system, await bearer('leader', ['STP-KH'], 'giam-doc-minh', ['leadership']));
    returner = apiClient(system, await bearer('officer', ['STP-KH'], 'mot-cua-tuan', ['desk']));
    supervisor = apiClient(system, await bearer('supervisor', ['STP-KH'], 'thanh-tra-an'));
    admin = apiClient(system, await bearer('admin', ['*'], 'quan-tri'));
    // Every hour of every day a working hour: the director's zero-length step is late whenever this runs.
    await admin
      .put('/admin/calendars/STP-KH', {
        agencyName: 'Sở Tư pháp tỉnh Khánh Hòa',
        calendar: { timeZone: 'Asia/Ho_Chi_Minh', sessions: [{ start: '00:00', end: '24:00' }], weekendDays: [] },
      })
      .expect(200);
    const { code: _code, ...procedure } = DEMO_PROCEDURES.find((p) => p.code === '2.000488')!;
    await admin.put('/admin/procedures/2.000488', { ...procedure, process: PROCESS }).expect(200);
  });
  afterAll(() => system?.stop());

  const problem = (res: request.Response) => ({ status: res.status, code: res.body.code });
  const eventCount = async (code: string) => (await desk.get(`/dossiers/${code}/events`).expect(200)).body.items.length;

  it('goes desk → department → leadership → desk with four officers; the control slip and the figures blame the late step', async () => {
    const code = (await desk.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    const accepted = await desk.command(code, 'accept').expect(200);
    expect(accepted.body.process).toMatchObject({ steps: PROCESS.steps });
    expect(accepted.body.stepVisits[0]).toMatchObject({ stepId: 'tiep-nhan', unit: 'desk', receivedBy: 'mot-cua-hoa' });

    await desk
      .command(code, 'handover', { toUnit: 'P-HCTP', toOfficer: 'chuyen-vien-lan', note: 'Hồ sơ đầy đủ' })
      .expect(200);
    await specialist.command(code, 'receive').expect(200);
    await system.project();
    const mine = await specialist.get('/dossiers?assignee=me').set('cache-control', 'no-cache').expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        dossierCode: code,
        currentStep: 'tham-dinh',
        currentUnit: 'P-HCTP',
        holder: 'chuyen-vien-lan',
      }),
    ]);
    expect(
      (await desk.get('/dossiers?unit=P-HCTP&step=tham-dinh').expect(200)).body.items.map(
        (i: { dossierCode: string }) => i.dossierCode,
      ),
    ).toContain(code);

    await specialist.command(code, 'handover', { toUnit: 'leadership' }).expect(200);
    await director.command(code, 'receive').expect(200);
    await director.command(code, 'handover', { toUnit: 'desk', toOfficer: 'mot-cua-tuan' }).expect(200);
    await returner.command(code, 'receive').expect(200);
    const apology = await desk
      .command(code, 'apology', {
        reason: 'Lãnh đạo ký duyệt chậm',
        rescheduledAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        slip: await desk.attach(code, 'slip'),
      })
      .expect(200);
    expect(apology.body.apologyUnit).toBe('leadership');
    await returner
      .command(code, 'result', {
        decision: 'approved',
        documents: [{ ...(await returner.attachSigned(code)), code: 'LLTP-1', eSigned: true }],
      })
      .expect(200);
    await returner.command(code, 'return', { method: 'desk' }).expect(200);

    await system.project();
    const rows = (await supervisor.get(`/dossiers/${code}/process`).expect(200)).body.rows;
    expect(
      rows.map((r: Record<string, unknown>) => [
        r.stepName,
        r.fromUnit,
        r.unit,
        r.handedOverBy,
        r.receivedBy,
        r.result,
      ]),
    ).toEqual([
      ['Tiếp nhận hồ sơ', null, 'desk', null, 'mot-cua-hoa', 'early'],
      ['Thẩm định hồ sơ', 'desk', 'P-HCTP', 'mot-cua-hoa', 'chuyen-vien-lan', 'early'],
      ['Ký duyệt', 'P-HCTP', 'leadership', 'chuyen-vien-lan', 'giam-doc-minh', 'late'],
      ['Trả kết quả', 'leadership', 'desk', 'giam-doc-minh', 'mot-cua-tuan', 'early'],
    ]);
    for (const row of rows) {
      expect(Date.parse(row.receivedAt)).toBeGreaterThanOrEqual(Date.parse(row.handedOverAt));
      expect(Date.parse(row.finishedAt)).toBeGreaterThanOrEqual(Date.parse(row.receivedAt));
    }
    expect(rows[1]).toMatchObject({ assignee: 'chuyen-vien-lan', note: 'Hồ sơ đầy đủ' });
    expect(rows[2].overdue).toBe(true);

    const byUnit = (await supervisor.get('/audit/steps?groupBy=unit').expect(200)).body.items;
    expect(byUnit[0]).toMatchObject({ group: 'leadership', late: 1, finished: 1 });
    expect(byUnit.find((g: { group: string }) => g.group === 'P-HCTP')).toMatchObject({ late: 0, early: 1 });
    const byOfficer = (await supervisor.get('/audit/steps?groupBy=officer').expect(200)).body.items;
    expect(byOfficer[0]).toMatchObject({ group: 'giam-doc-minh', late: 1 });
    const byStep = (await supervisor.get('/audit/steps?groupBy=step').expect(200)).body.items;
    expect(byStep[0]).toMatchObject({ group: 'ky-duyet', late: 1 });
  });

  it('refuses bad moves with a coded 4xx, applying nothing', async () => {
    const code = (await desk.submit(DESK_DOSSIER).expect(201)).body.dossierCode as string;
    await desk.command(code, 'accept').expect(200);
    await desk.papersIssued(code); // the receipt, so the counts below are the commands' own
    const before = await eventCount(code);
    expect(problem(await desk.command(code, 'handover', { toUnit: 'P-KHAC' }))).toEqual({
      status: 422,
      code: 'UNIT_NOT_IN_PROCESS',
    });
    expect(problem(await desk.command(code, 'handover', { toUnit: 'leadership' }))).toEqual({
      status: 422,
      code: 'NOT_NEXT_STEP',
    });
    expect(problem(await returner.command(code, 'handover', { toUnit: 'P-HCTP' }))).toEqual({
      status: 409,
      code: 'NOT_HOLDER',
    });
    expect(problem(await desk.command(code, 'send-back', { toStep: 'khong-co', reason: 'x' }))).toEqual({
      status: 422,
      code: 'STEP_NOT_FOUND',
    });
    expect(problem(await desk.command(code, 'reassign', { toOfficer: 'mot-cua-tuan' }))).toEqual({
      status: 422,
      code: 'REASON_REQUIRED',
    });
    expect(problem(await desk.command(code, 'handover', { toUnit: '' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    await desk.command(code, 'handover', { toUnit: 'P-HCTP' }).expect(200);
    expect(problem(await returner.command(code, 'receive'))).toEqual({ status: 409, code: 'NOT_IN_YOUR_UNIT' });
    expect(problem(await director.command(code, 'receive'))).toEqual({ status: 409, code: 'NOT_IN_YOUR_UNIT' });
    expect(await eventCount(code)).toBe(before + 1);
    // A leader may take a step of leadership only; a supervisor moves nothing.
    expect((await supervisor.command(code, 'receive')).status).toBe(403);
  });

  it('refuses a process whose shares do not add up to the procedure’s duration', async () => {
    const { code: _code, ...procedure } = DEMO_PROCEDURES.find((p) => p.code === '2.000488')!;
    const bad = {
      steps: PROCESS.steps.map((s) => (s.id === 'tham-dinh' ? { ...s, share: { unit: 'workingDays', value: 2 } } : s)),
    };
    const res = await admin.put('/admin/procedures/2.000488', { ...procedure, process: bad });
    expect(problem(res)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.errors[0]).toMatchObject({ path: 'process', message: expect.stringContaining('add up to') });
  });
});
