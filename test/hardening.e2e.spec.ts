import request from 'supertest';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

/** What a fault-injection run and a newcomer tripped on: each answer coded, the same every time, never a 500. */
describe('hardened answers', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;
  let token: string;
  let n = 0;
  const key = () => ({ 'idempotency-key': `hardening-${Date.now()}-${++n}` });
  const problem = (res: request.Response) => ({ status: res.status, code: res.body.code, title: res.body.title });

  beforeAll(async () => {
    system = await startTestSystem();
    token = await bearer('officer', ['STP-KH'], 'officer-hardening');
    officer = apiClient(system, token);
  });
  afterAll(() => system?.stop());

  const rawPost = (path: string, body: string, headers: Record<string, string> = {}) =>
    request(system.http)
      .post(path)
      .set('authorization', token)
      .set('content-type', 'application/json')
      .set(headers)
      .send(body);

  it('answers a body nested 10,000 deep with 400, with or without an Idempotency-Key, and the key stays usable', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const code = (await officer.submit().expect(201)).body.dossierCode;
    const k = key();
    expect(problem(await rawPost(`/dossiers/${code}/accept`, deep))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const keyed = await rawPost(`/dossiers/${code}/accept`, deep, k);
    expect(problem(keyed)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(keyed.body.errors[0].message).toMatch(/nested deeper than/);
    await officer.command(code, 'accept', {}, k).expect(200);
  });

  it('answers a NUL in an object key with 400, with or without an Idempotency-Key, and the key stays usable', async () => {
    const code = (await officer.submit().expect(201)).body.dossierCode;
    const body = '{"reason":"x","a\\u0000b":1}';
    const k = key();
    expect(problem(await rawPost(`/dossiers/${code}/refuse`, body))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(problem(await rawPost(`/dossiers/${code}/refuse`, body, k))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const refused = await officer.command(code, 'refuse', { reason: 'Không thuộc thẩm quyền' }, k).expect(200);
    expect(refused.body.status).toBe(3);
  });

  it('accepts a command without fields sent with content-type application/json and no body', async () => {
    const code = (await officer.submit().expect(201)).body.dossierCode;
    const res = await rawPost(`/dossiers/${code}/accept`, '');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(2);
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE titled "Content Too Large"', async () => {
    const huge = JSON.stringify({ ...DESK_DOSSIER, padding: 'x'.repeat(1_100_000) });
    expect(problem(await rawPost('/dossiers', huge))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      title: 'Content Too Large',
    });
  });

  it('answers an unknown agency with AGENCY_NOT_FOUND whatever its procedure, every time', async () => {
    for (const procedureCode of ['2.000488', '9.999999', '2.000488', '9.999999']) {
      const res = await officer.submit({ ...DESK_DOSSIER, procedureCode, agencyCode: 'STP-XX' });
      expect(problem(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    const everywhere = apiClient(system, await bearer('officer', ['*']));
    for (const procedureCode of ['2.000488', '9.999999', '2.000488', '9.999999']) {
      const res = await everywhere.submit({ ...DESK_DOSSIER, procedureCode, agencyCode: 'STP-XX' });
      expect(problem(res)).toMatchObject({ status: 422, code: 'AGENCY_NOT_FOUND' });
    }
  });

  it('redirects /docs/ to /docs, whose page loads its assets', async () => {
    const res = await request(system.http).get('/docs/').expect(301);
    expect(res.headers.location).toBe('/docs');
    const page = await request(system.http).get('/docs').expect(200);
    for (const asset of page.text.match(/(?:src|href)="([^"]+\.(?:js|css))"/g) ?? []) {
      const path = new URL(asset.replace(/^(?:src|href)="|"$/g, ''), 'http://x/docs').pathname;
      await request(system.http).get(path).expect(200);
    }
  });

  it('serves the procedure catalogue to the public and to every role', async () => {
    const anonymous = await request(system.http).get('/procedures').expect(200);
    expect(anonymous.body.map((p: { value: { code: string } }) => p.value.code)).toContain('2.000488');
    const one = await request(system.http).get('/procedures/2.000488').expect(200);
    expect(one.body.value).toMatchObject({ code: '2.000488', agencyCodes: expect.arrayContaining(['STP-KH']) });
    expect(problem(await request(system.http).get('/procedures/9.999999'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    const ofAgency = await officer.get('/procedures?agency=STP-KH').expect(200);
    expect(
      ofAgency.body.every((p: { value: { agencyCodes: string[] } }) => p.value.agencyCodes.includes('STP-KH')),
    ).toBe(true);
  });
});
