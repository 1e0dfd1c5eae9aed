import request from 'supertest';
import { apiClient } from './support/http';
import { createApp } from '@motcua/api/app';
import { WorkingCalendar, civilServiceCalendarConfig } from '@motcua/domain';
import { bearer, startTestSystem, testConfig, type TestSystem } from './support/api';

const calendar = new WorkingCalendar(civilServiceCalendarConfig());

const onlineDossier = {
  procedureCode: '2.000488',
  agencyCode: 'STP-KH',
  channel: 'online',
  applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '079203001234', phone: '0905123456' },
  components: [{ code: 'TK', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', digitised: true }],
  fee: 200000,
  paidOnline: true,
};

describe('walking skeleton: submit → accept → events, through HTTP, Temporal and PostgreSQL', () => {
  let system: TestSystem;
  let officer: string;
  let applicant: string;

  beforeAll(async () => {
    system = await startTestSystem();
    [officer, applicant] = await Promise.all([bearer('officer'), bearer('applicant')]);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('reports both dependencies up', async () => {
    const res = await request(system.http).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'up', checks: { postgres: 'up', temporal: 'up' } });
  });

  it('submits an online dossier, accepts it and lists its events in order', async () => {
    const submitted = await request(system.http)
      .post('/dossiers')
      .set('authorization', applicant)
      .send(onlineDossier)
      .expect(201);
    const code: string = submitted.body.dossierCode;
    expect(code).toMatch(/^STP-KH-\d{6}-\d{6,12}$/);
    expect(submitted.body.status).toBe(1);
    const submittedAt = new Date(submitted.body.submittedAt);
    const deadline = new Date(submitted.body.acceptanceDeadline);
    expect(calendar.workingMinutesBetween(submittedAt, deadline)).toBe(480);
    expect(calendar.isWorkingInstant(new Date(deadline.getTime() - 1))).toBe(true);

    const accepted = await request(system.http)
      .post(`/dossiers/${code}/accept`)
      .set('authorization', officer)
      .expect(200);
    expect(accepted.body.status).toBe(2);
    expect(calendar.workingMinutesBetween(new Date(accepted.body.acceptedAt), new Date(accepted.body.dueAt))).toBe(
      10 * 480,
    );

    // The receipt and appointment (Mẫu 01) follows the acceptance, issued by motcua itself.
    await apiClient(system, officer).papersIssued(code);
    const events = await request(system.http).get(`/dossiers/${code}/events`).set('authorization', officer).expect(200);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'DossierSubmitted',
      'DossierAccepted',
      'SlipIssued',
    ]);
    expect(events.body.items.map((e: { streamVersion: number }) => e.streamVersion)).toEqual([1, 2, 3]);
    expect(events.body.items[2]).toMatchObject({
      metadata: { actorRole: 'system' },
      data: { slip: 'receipt', ofVersion: 2, form: 'Mẫu số 01', contentHash: expect.stringMatching(/^sha256:/) },
    });
    expect(events.body.items[0].metadata).toMatchObject({
      actorRole: 'applicant',
      agencyCode: 'STP-KH',
      correlationId: `dossier-${code}`,
    });
    expect(events.body.items[1].metadata).toMatchObject({ actorRole: 'officer' });
    expect(Number(events.body.items[1].position)).toBeGreaterThan(Number(events.body.items[0].position));
  });

  it('refuses a second acceptance with 409 INVALID_TRANSITION and writes nothing', async () => {
    const { body } = await request(system.http)
      .post('/dossiers')
      .set('authorization', officer)
      .send({ ...onlineDossier, channel: 'desk' })
      .expect(201);
    await request(system.http).post(`/dossiers/${body.dossierCode}/accept`).set('authorization', officer).expect(200);
    const again = await request(system.http)
      .post(`/dossiers/${body.dossierCode}/accept`)
      .set('authorization', officer)
      .expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'INVALID_TRANSITION', status: 409, dossierStatus: 2 });
    await apiClient(system, officer).papersIssued(body.dossierCode);
    const events = await request(system.http)
      .get(`/dossiers/${body.dossierCode}/events`)
      .set('authorization', officer)
      .expect(200);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'DossierSubmitted',
      'DossierAccepted',
      'SlipIssued',
    ]);
  });

  it('answers a malformed submission with 400 and every failing field', async () => {
    const res = await request(system.http)
      .post('/dossiers')
      .set('authorization', officer)
      .send({ ...onlineDossier, channel: 'fax', components: [], fee: -1 })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['channel', 'components', 'fee']);
  });

  it('answers an unknown procedure with 422 and an unknown dossier with 404', async () => {
    const unknown = await request(system.http)
      .post('/dossiers')
      .set('authorization', officer)
      .send({ ...onlineDossier, procedureCode: '9.999999' })
      .expect(422);
    expect(unknown.body.code).toBe('PROCEDURE_NOT_FOUND');
    const missing = await request(system.http)
      .post('/dossiers/STP-KH-251123-999999/accept')
      .set('authorization', officer)
      .expect(404);
    expect(missing.body.code).toBe('DOSSIER_NOT_FOUND');
    await request(system.http).get('/dossiers/STP-KH-251123-999999/events').set('authorization', officer).expect(404);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await request(system.http)
      .post('/dossiers')
      .set('content-type', 'application/json')
      .send('{"channel":')
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('reports 503 when Temporal is unreachable', async () => {
    const config = testConfig(system.db.url, 'nowhere', '127.0.0.1:1');
    const app = await createApp({ config, dataSource: system.db.dataSource });
    try {
      await app.getHttpAdapter().getInstance().ready();
      const res = await request(app.getHttpServer()).get('/health').expect(503);
      expect(res.body.checks).toEqual({ postgres: 'up', temporal: 'down' });
    } finally {
      await app.close();
    }
  });
});
