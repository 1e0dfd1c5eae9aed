import request from 'supertest';
import { WorkingCalendar, civilServiceCalendarConfig } from '@motcua/domain';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

const calendar = new WorkingCalendar(civilServiceCalendarConfig());
/** Stands for a document uploaded to the dossier just before the command (see `withUploads`). */
const UPLOADED = { documentId: 'uploaded' };
const pause = {
  reasonCode: 'VERIFICATION',
  reason: 'Chờ xác minh của Công an tỉnh',
  attachment: UPLOADED,
  notice: { channel: 'post', reference: '12/TB-STP' },
};
const result = {
  decision: 'approved',
  documents: [{ ...UPLOADED, code: '12/LLTP', eSigned: true }],
};

describe('the dossier API through the running worker', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;
  let applicant: ReturnType<typeof apiClient>;
  let supervisor: ReturnType<typeof apiClient>;
  let metrics: ReturnType<typeof apiClient>;

  const newDossier = async (body: object = DESK_DOSSIER): Promise<string> =>
    (await officer.submit(body).expect(201)).body.dossierCode;
  const accepted = async (): Promise<string> => {
    const code = await newDossier();
    await officer.command(code, 'accept').expect(200);
    // The receipt follows the acceptance by milliseconds: issued before the test's next command.
    await officer.papersIssued(code);
    return code;
  };
  /** The body with each `UPLOADED` reference replaced by a file uploaded to the dossier now. */
  const withUploads = async (code: string, body: object): Promise<object> => {
    const replace = async (value: unknown): Promise<unknown> => {
      if (Array.isArray(value)) return Promise.all(value.map(replace));
      if (!value || typeof value !== 'object') return value;
      const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await replace(v)]));
      const object = Object.fromEntries(entries);
      if (object.documentId !== UPLOADED.documentId) return object;
      // A result declared e-signed gets a PDF signed under the CA the test system trusts.
      return { ...object, ...(await (object.eSigned ? officer.attachSigned(code) : officer.attach(code))) };
    };
    return (await replace(body)) as object;
  };
  const refusal = async (res: request.Response, status: number, code: string) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  };

  beforeAll(async () => {
    system = await startTestSystem();
    officer = apiClient(system, await bearer('officer', ['STP-KH'], 'officer-hoa'));
    applicant = apiClient(system, await bearer('applicant', ['STP-KH'], 'portal'));
    supervisor = apiClient(system, await bearer('supervisor', ['STP-KH'], 'supervisor-lan'));
    metrics = apiClient(system, await bearer('metrics', ['STP-KH']));
  });
  afterAll(() => system?.stop());

  describe('paths of domain.md §3', () => {
    it('accept → result → return → rating, with the actor of every command in the timeline', async () => {
      const code = await accepted();
      const issued = await officer.command(code, 'result', await withUploads(code, result)).expect(200);
      expect(issued.body).toMatchObject({ status: 9, eResult: true, timeliness: 'early' });
      await officer.command(code, 'return', { method: 'online' }).expect(200);
      const rated = await applicant.command(code, 'rating', { satisfied: true, comment: 'Tốt' }).expect(200);
      expect(rated.body).toMatchObject({ status: 10, satisfied: true });
      const timeline = await officer.get(`/dossiers/${code}/events`).expect(200);
      expect(
        timeline.body.items.map((e: { type: string; metadata: { actorId: string } }) => [e.type, e.metadata.actorId]),
      ).toEqual([
        ['DossierSubmitted', 'officer-hoa'],
        ['DossierAccepted', 'officer-hoa'],
        ['SlipIssued', 'motcua'], // the receipt and appointment (Mẫu 01), issued by motcua itself
        ['ResultIssued', 'officer-hoa'],
        ['ResultReturned', 'officer-hoa'],
        ['SatisfactionRated', 'portal'],
      ]);
    });

    it('completion request → resubmission → accept', async () => {
      const code = await newDossier({ ...DESK_DOSSIER, channel: 'online' });
      const asked = await officer
        .command(code, 'request-completion', { reason: 'Thiếu CCCD', missingComponents: ['CCCD'] })
        .expect(200);
      expect(asked.body).toMatchObject({ status: 5, supplementCount: 1 });
      const back = await applicant
        .command(code, 'receive-supplement', {
          components: [{ code: 'CCCD', name: 'CCCD', digitised: true, reused: true }],
        })
        .expect(200);
      expect(
        calendar.workingMinutesBetween(
          new Date(back.body.acceptanceWindowStartedAt),
          new Date(back.body.acceptanceDeadline),
        ),
      ).toBe(480);
      await officer.command(code, 'accept').expect(200);
    });

    it('pause → resume moves the due date by the paused working time; supplement once, the second refused', async () => {
      const code = await accepted();
      const paused = await officer.command(code, 'pause', await withUploads(code, pause)).expect(200);
      expect(paused.body.clockStoppedBy).toBe('pause-1');
      const resumed = await officer.command(code, 'resume').expect(200);
      const moved = calendar.workingMinutesBetween(new Date(resumed.body.originalDueAt), new Date(resumed.body.dueAt));
      expect(moved).toBeCloseTo(resumed.body.auditedActions[0].stoppedWorkingMinutes, 5);
      await officer.command(code, 'request-supplement', { reason: 'Thiếu', missingComponents: ['GKS'] }).expect(200);
      await officer
        .command(code, 'receive-supplement', { components: [{ code: 'GKS', name: 'Giấy khai sinh', digitised: true }] })
        .expect(200);
      await refusal(
        await officer.command(code, 'request-supplement', { reason: 'Lại thiếu', missingComponents: ['X'] }),
        422,
        'SUPPLEMENT_LIMIT_REACHED',
      );
    });

    it('apology with a new appointment, once', async () => {
      const code = await accepted();
      const state = (await officer.get(`/dossiers/${code}`).expect(200)).body;
      const later = new Date(Date.parse(state.dueAt) + 7 * 86_400_000).toISOString();
      const slip = await officer.attach(code, 'slip');
      const apologised = await officer
        .command(code, 'apology', { reason: 'Chờ xác minh', rescheduledAt: later, slip })
        .expect(200);
      expect(apologised.body).toMatchObject({ rescheduledAt: later, apologyCount: 1, apologyLate: false });
      await refusal(
        await officer.command(code, 'apology', { reason: 'Lại', rescheduledAt: later, slip }),
        422,
        'APOLOGY_LIMIT_REACHED',
      );
    });

    it('withdrawal → stop, and cancellation of an unaccepted dossier', async () => {
      const code = await accepted();
      await applicant.command(code, 'withdrawal', { reason: 'Không còn nhu cầu' }).expect(200);
      const stopped = await officer.command(code, 'stop', { reason: 'Theo đề nghị rút hồ sơ' }).expect(200);
      expect(stopped.body).toMatchObject({ status: 8, stage: 'closed' });
      const unaccepted = await newDossier();
      const cancelled = await officer.command(unaccepted, 'cancel', { reason: 'Không phản hồi' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 3, cancelled: true });
      await refusal(await officer.command(unaccepted, 'accept'), 409, 'DOSSIER_CLOSED');
    });

    it('refuses at receipt with a reason', async () => {
      const code = await newDossier();
      await refusal(await officer.command(code, 'refuse', {}), 422, 'REASON_REQUIRED');
      const refused = await officer.command(code, 'refuse', { reason: 'Không thuộc thẩm quyền' }).expect(200);
      expect(refused.body.status).toBe(3);
    });
  });

  describe('every refusal code reachable over HTTP, with its status', () => {
    it.each([
      ['request-completion', { reason: 'x', missingComponents: [] }, 422, 'MISSING_COMPONENTS_REQUIRED', 'new'],
      ['pause', { ...pause, reason: '' }, 422, 'PAUSE_REASON_REQUIRED', 'accepted'],
      ['pause', { ...pause, attachment: undefined }, 422, 'PAUSE_ATTACHMENT_REQUIRED', 'accepted'],
      ['pause', { ...pause, notice: undefined }, 422, 'PAUSE_NOTICE_REQUIRED', 'accepted'],
      ['resume', {}, 409, 'NOT_PAUSED', 'accepted'],
      ['result', { decision: 'approved', documents: [] }, 422, 'RESULT_DOCUMENT_REQUIRED', 'accepted'],
      ['result', { decision: 'approved', documents: [{ ...UPLOADED, code: '' }] }, 400, 'INVALID_COMMAND', 'accepted'],
      [
        'apology',
        { reason: 'x', rescheduledAt: '2020-01-01T00:00:00Z', slip: UPLOADED },
        422,
        'APOLOGY_DATE_NOT_AFTER_DUE',
        'accepted',
      ],
      ['return', { method: 'desk' }, 409, 'INVALID_TRANSITION', 'accepted'],
      ['accept', {}, 409, 'INVALID_TRANSITION', 'accepted'],
    ])('%s %j → %i %s', async (route, body, status, code, start) => {
      const dossier = start === 'new' ? await newDossier() : await accepted();
      const client = route === 'rating' ? applicant : officer;
      await refusal(await client.command(dossier, route, await withUploads(dossier, body)), status, code);
      const events = await officer.get(`/dossiers/${dossier}/events`).expect(200);
      // Submitted (and accepted with its receipt issued): the refused command left nothing.
      expect(events.body.items).toHaveLength(start === 'new' ? 1 : 3);
    });

    it('ALREADY_PAUSED, ALREADY_RATED, AUDITED_ACTION_NOT_FOUND and ALREADY_REVIEWED', async () => {
      const code = await accepted();
      await officer.command(code, 'pause', await withUploads(code, pause)).expect(200);
      await refusal(await officer.command(code, 'pause', await withUploads(code, pause)), 409, 'ALREADY_PAUSED');
      await refusal(
        await supervisor.post(`/audit/actions/${code}:pause-9/review`, { verdict: 'justified', note: 'x' }),
        404,
        'AUDITED_ACTION_NOT_FOUND',
      );
      await supervisor
        .post(`/audit/actions/${code}:pause-1/review`, { verdict: 'unjustified', note: 'Không có căn cứ' })
        .expect(200);
      await refusal(
        await supervisor.post(`/audit/actions/${code}:pause-1/review`, { verdict: 'justified', note: 'x' }),
        409,
        'ALREADY_REVIEWED',
      );
      await officer.command(code, 'resume').expect(200);
      await officer.command(code, 'result', await withUploads(code, result)).expect(200);
      await applicant.command(code, 'rating', { satisfied: false }).expect(200);
      await refusal(await applicant.command(code, 'rating', { satisfied: true }), 409, 'ALREADY_RATED');
    });

    it('answers a malformed body, query, code and header with 400, never 500', async () => {
      const code = await accepted();
      await refusal(await officer.command(code, 'pause', { reasonCode: 'BORED' }), 400, 'VALIDATION_FAILED');
      await refusal(await officer.command(code, 'accept', { extra: 1 }), 400, 'VALIDATION_FAILED');
      await refusal(await officer.get('/dossiers?limit=100000'), 400, 'VALIDATION_FAILED');
      await refusal(await officer.get('/dossiers?cursor=notacursor'), 400, 'VALIDATION_FAILED');
      const badCode = await officer.get('/dossiers/not-a-code');
      await refusal(badCode, 400, 'VALIDATION_FAILED');
      expect(badCode.body.errors).toEqual([{ path: 'code', message: 'not a dossier code' }]);
      await refusal(await officer.command(code, 'resume', {}, { 'if-match': 'banana' }), 400, 'VALIDATION_FAILED');
      await refusal(
        await officer.command(code, 'accept', {}, { 'idempotency-key': 'short' }),
        400,
        'VALIDATION_FAILED',
      );
      // Found by the schemathesis fuzz run: inputs PostgreSQL would refuse must be a 400, not a 500.
      await refusal(await officer.command(code, 'refuse', { reason: 'nul \u0000 byte' }), 400, 'VALIDATION_FAILED');
      await refusal(
        await officer.command(code, 'refuse', { reason: 'lone \ud83d surrogate' }),
        400,
        'VALIDATION_FAILED',
      );
      await refusal(
        await officer.get('/dossiers?dueBefore=0719-03-26T05%3A34%3A20.93%2B20%3A19'),
        400,
        'VALIDATION_FAILED',
      );
      await refusal(
        await supervisor.get('/audit/actions?from=0754-11-06T08%3A44%3A37.536%2B17%3A58'),
        400,
        'VALIDATION_FAILED',
      );
      await officer.get('/dossiers?dueBefore=2030-01-01T00%3A00%3A00%2B07%3A00').expect(200);
    });
  });

  describe('concurrency and retries', () => {
    it('lets one of two officers accepting at once win; the other gets a coded refusal; nothing doubled', async () => {
      const code = await newDossier();
      const [a, b] = await Promise.all([officer.command(code, 'accept'), officer.command(code, 'accept')]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      await officer.papersIssued(code);
      const events = await officer.get(`/dossiers/${code}/events`).expect(200);
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
        'DossierSubmitted',
        'DossierAccepted',
        'SlipIssued',
      ]);
    });

    it('takes the next dossier code when one is already taken in Temporal (a sequence reset)', async () => {
      const first = await newDossier();
      const number = Number(first.split('-').pop());
      await system.db.dataSource.query(`ALTER SEQUENCE dossier_code_seq RESTART WITH ${number}`);
      const second = await newDossier();
      expect(second).not.toBe(first);
      expect(Number(second.split('-').pop())).toBe(number + 1);
    });

    it('refuses a command whose If-Match version is stale with 412', async () => {
      const code = await newDossier();
      await refusal(await officer.command(code, 'accept', {}, { 'if-match': '"0"' }), 412, 'VERSION_CONFLICT');
      await officer.command(code, 'accept', {}, { 'if-match': '"1"' }).expect(200);
    });

    it('does not count the papers motcua issued since the version the officer saw as a change (If-Match)', async () => {
      const code = await newDossier();
      const accepted = await officer.command(code, 'accept', {}, { 'if-match': '"1"' }).expect(200);
      await officer.papersIssued(code);
      // The receipt was recorded after the acceptance the officer saw: their next command still applies.
      const seen = accepted.body.version as number;
      expect((await officer.get(`/dossiers/${code}`).expect(200)).body.version).toBe(seen + 1);
      const body = { reason: 'Thiếu bản chụp CCCD', missingComponents: ['Bản chụp CCCD'] };
      await officer.command(code, 'request-supplement', body, { 'if-match': `"${seen}"` }).expect(200);
      // A person's change since is still a conflict.
      await refusal(
        await officer.command(code, 'stop', { reason: 'x' }, { 'if-match': `"${seen}"` }),
        412,
        'VERSION_CONFLICT',
      );
    });

    it('replays the first response to a retried POST with the same Idempotency-Key and applies nothing twice', async () => {
      const key = { 'idempotency-key': `submit-${Date.now()}` };
      const [first, second] = await Promise.all([officer.submit(DESK_DOSSIER, key), officer.submit(DESK_DOSSIER, key)]);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body.dossierCode).toBe(first.body.dossierCode);
      const third = await officer.submit(DESK_DOSSIER, key).expect(201);
      expect(third.body).toEqual(first.body);
      const code = first.body.dossierCode;
      const acceptKey = { 'idempotency-key': `accept-${code}` };
      const accepted1 = await officer.command(code, 'accept', {}, acceptKey).expect(200);
      const accepted2 = await officer.command(code, 'accept', {}, acceptKey).expect(200);
      expect(accepted2.body).toEqual(accepted1.body);
      await officer.papersIssued(code);
      const events = await officer.get(`/dossiers/${code}/events`).expect(200);
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
        'DossierSubmitted',
        'DossierAccepted',
        'SlipIssued',
      ]);
      await refusal(await officer.submit({ ...DESK_DOSSIER, fee: 1 }, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    });

    it('remembers a refusal too, so a retry gets the same answer', async () => {
      const code = await accepted();
      const key = { 'idempotency-key': `pause-${code}` };
      const body = await withUploads(code, { ...pause, notice: undefined });
      const first = await officer.command(code, 'pause', body, key);
      const again = await officer.command(code, 'pause', body, key);
      expect([first.status, again.status]).toEqual([422, 422]);
      expect(again.body).toEqual(first.body);
    });
  });

  describe('reads', () => {
    it('keeps a queue page only until the projector announces a change to its agency', async () => {
      const before = await officer.get('/dossiers?limit=200').expect(200);
      const code = await newDossier();
      const codesOf = (res: { body: { items: { dossierCode: string }[] } }) => res.body.items.map((i) => i.dossierCode);
      // Not projected yet: the kept page and the database agree that it is not there.
      expect(codesOf(await officer.get('/dossiers?limit=200').expect(200))).toEqual(codesOf(before));
      await system.project();
      expect(codesOf(await officer.get('/dossiers?limit=200').expect(200))).toContain(code);
      const fresh = await officer.get('/dossiers?limit=200').set('cache-control', 'no-cache').expect(200);
      expect(fresh.body).toEqual((await officer.get('/dossiers?limit=200').expect(200)).body);
    });

    it('lists the work queue nearest deadline first, with filters, remaining working time and cursor pages', async () => {
      const online = await newDossier({
        ...DESK_DOSSIER,
        channel: 'online',
        applicant: { ...DESK_DOSSIER.applicant, name: 'Phạm Quốc Khánh' },
      });
      await system.project();
      const page1 = await officer.get('/dossiers?limit=3').expect(200);
      expect(page1.body.items).toHaveLength(3);
      const deadlines = page1.body.items.map((i: { nextDeadline: string | null }) => i.nextDeadline ?? '9999');
      expect([...deadlines].sort()).toEqual(deadlines);
      const page2 = await officer.get(`/dossiers?limit=3&cursor=${page1.body.nextCursor}`).expect(200);
      const codes1 = page1.body.items.map((i: { dossierCode: string }) => i.dossierCode);
      expect(page2.body.items.every((i: { dossierCode: string }) => !codes1.includes(i.dossierCode))).toBe(true);
      const found = await officer.get('/dossiers?q=Khánh&channel=online').expect(200);
      expect(found.body.items.map((i: { dossierCode: string }) => i.dossierCode)).toContain(online);
      const row = found.body.items.find((i: { dossierCode: string }) => i.dossierCode === online);
      expect(row.remainingWorkingMinutes).toBeGreaterThan(0);
      expect(row.remainingWorkingMinutes).toBeLessThanOrEqual(480);
      const accepted = await officer.get('/dossiers?status=2').expect(200);
      expect(accepted.body.items.every((i: { status: number }) => i.status === 2)).toBe(true);
    });

    it('gives supervisors the audit queue and a spot-check sample reproducible with its seed', async () => {
      const code = await accepted();
      await officer.command(code, 'pause', await withUploads(code, pause)).expect(200);
      await system.project();
      const queue = await supervisor.get('/audit/actions?kind=pause&verdict=pending').expect(200);
      expect(queue.body.items.find((a: { id: string }) => a.id === `${code}:pause-1`)).toMatchObject({
        actorId: 'officer-hoa',
        kind: 'pause',
      });
      const sample = await supervisor.get('/audit/sample?size=3&seed=quy-4').expect(200);
      const again = await supervisor.get('/audit/sample?size=3&seed=quy-4').expect(200);
      expect(again.body).toEqual(sample.body);
      expect(sample.body.seed).toBe('quy-4');
    });

    it('shows the applicant status and history by the receipt key, without personal data', async () => {
      const submitted = await officer.submit().expect(201);
      const { dossierCode, lookupKey } = submitted.body;
      const view = await request(system.http).get(`/public/dossiers/${dossierCode}?key=${lookupKey}`).expect(200);
      expect(view.body).toMatchObject({
        dossierCode,
        status: 1,
        statusName: 'Mới đăng ký',
        history: [{ type: 'DossierSubmitted' }],
      });
      expect(JSON.stringify(view.body)).not.toMatch(/Lê Thị Hoa|079203009999|0905000111/);
      await refusal(
        await request(system.http).get(`/public/dossiers/${dossierCode}?key=WRONGKEY00`),
        404,
        'DOSSIER_NOT_FOUND',
      );
    });

    it('serves Prometheus metrics to the metrics role', async () => {
      await system.project();
      const res = await metrics.get('/metrics').expect(200);
      expect(res.text).toMatch(
        /motcua_http_requests_total\{method="POST",route="\/dossiers\/:code\/accept",status="200"\} \d+/,
      );
      expect(res.text).toMatch(
        /motcua_temporal_update_duration_seconds_count\{command="AcceptDossier",outcome="ok"\} \d+/,
      );
      expect(res.text).toMatch(/motcua_projection_lag_seconds \d/);
      expect(res.text).toMatch(/motcua_dossiers\{status="2"\} \d+/);
    });

    it('documents every route in OpenAPI with an example per command', async () => {
      const doc = await request(system.http).get('/openapi.json').expect(200);
      expect(doc.body.openapi).toBe('3.1.0');
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/dossiers', '/dossiers/{code}/pause', '/audit/sample', '/public/dossiers/{code}']),
      );
      expect(
        doc.body.paths['/dossiers/{code}/pause'].post.requestBody.content['application/json'].example.reasonCode,
      ).toBe('VERIFICATION');
      await request(system.http).get('/docs').expect(200);
    });

    it('documents each path parameter by what it names (a fuzzer generates values from them)', async () => {
      const doc = await request(system.http).get('/openapi.json').expect(200);
      const param = (path: string, name: string) =>
        doc.body.paths[path].get?.parameters?.find((p: { name: string }) => p.name === name)?.schema ??
        doc.body.paths[path].post.parameters.find((p: { name: string }) => p.name === name).schema;
      expect(param('/index-766/indicators/{indicator}', 'indicator').enum).toEqual(
        expect.arrayContaining(['2.1', '5.4']),
      );
      expect('STP-KH-261123-000001').toMatch(new RegExp(param('/dossiers/{code}', 'code').pattern));
      const action = param('/audit/actions/{id}/review', 'id');
      expect('STP-KH-261123-000001:pause-1').toMatch(new RegExp(action.pattern));
      expect('STP-KH-261123-000001').not.toMatch(new RegExp(action.pattern));
    });

    it('documents the media type of each file a route answers with, and byte ranges only for stored files', async () => {
      const doc = await request(system.http).get('/openapi.json').expect(200);
      const responses = (path: string) => doc.body.paths[path].get.responses;
      const slip = responses('/dossiers/{code}/slips/{slip}');
      expect(Object.keys(slip['200'].content)).toEqual(['application/pdf']);
      expect(slip['206']).toBeDefined();
      expect(Object.keys(responses('/public/dossiers/{code}/e-results/{documentId}')['200'].content)).toEqual([
        'application/pdf',
      ]);
      const register = responses('/registers');
      expect(Object.keys(register['200'].content)).toEqual([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      expect(register['206']).toBeUndefined();
      expect(Object.keys(responses('/dossiers/{code}/documents/{documentId}')['200'].content)).toEqual(['*/*']);
    });

    it('documents on each period parameter the rules it shares with the others', async () => {
      const doc = await request(system.http).get('/openapi.json').expect(200);
      const described = Object.fromEntries(
        doc.body.paths['/index-766/timeliness'].get.parameters.map((p: { name: string; description?: string }) => [
          p.name,
          p.description,
        ]),
      );
      expect(described.from).toMatch(/goes with `to`/);
      expect(described.date).toMatch(/needs `period`/);
      expect(described.asOf).toMatch(/not before the period/);
      expect(described.agency).toBeUndefined();
    });
  });
});
