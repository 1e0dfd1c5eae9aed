import request from 'supertest';
import { FEEDBACK_CODE } from '@motcua/domain';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

const RECEIPT = {
  agencyCode: 'STP-KH',
  sender: { name: 'Trần Thị Bình', phone: '0905000111', email: 'binh@example.vn' },
  subject: 'Chậm trả kết quả',
  content: 'Hồ sơ của tôi quá hạn mà chưa được trả kết quả.',
};

/**
 * Feedback and petitions (phản ánh, kiến nghị) over HTTP: raised on the public page with the dossier's
 * key, classified, assigned, answered and published by the unit, rated and raised again by its sender,
 * and counted on the 766 scorecard (5.1–5.4).
 */
describe('feedback (PAKN) over HTTP', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;
  let leader: ReturnType<typeof apiClient>;
  let metrics: ReturnType<typeof apiClient>;
  let dossier: { dossierCode: string; lookupKey: string };

  beforeAll(async () => {
    system = await startTestSystem();
    officer = apiClient(system, await bearer('officer'));
    leader = apiClient(system, await bearer('leader'));
    metrics = apiClient(system, await bearer('metrics'));
    dossier = (await officer.submit(DESK_DOSSIER).expect(201)).body;
    await officer.command(dossier.dossierCode, 'accept').expect(200);
  });
  afterAll(() => system?.stop());

  const publicly = () => request(system.http);
  const problem = (res: request.Response) => ({ status: res.status, code: res.body.code });

  it('takes feedback about a dossier from anyone holding its key, and answers it in writing', async () => {
    const withoutKey = await publicly()
      .post('/public/feedback')
      .send({ ...RECEIPT, dossierCode: dossier.dossierCode });
    expect(problem(withoutKey)).toEqual({ status: 422, code: 'DOSSIER_KEY_MISMATCH' });

    const elsewhere = await publicly()
      .post('/public/feedback')
      .send({ ...RECEIPT, agencyCode: 'STP-PT', dossierCode: dossier.dossierCode, dossierKey: dossier.lookupKey });
    expect(problem(elsewhere)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });

    const received = await publicly()
      .post('/public/feedback')
      .send({ ...RECEIPT, dossierCode: dossier.dossierCode, dossierKey: dossier.lookupKey })
      .expect(201);
    const { feedbackCode, lookupKey } = received.body;
    expect(feedbackCode).toMatch(FEEDBACK_CODE);
    expect(received.body).toMatchObject({ stage: 'handling', channel: 'public', dossierCode: dossier.dossierCode });
    const look = () => publicly().get(`/public/feedback/${feedbackCode}?key=${lookupKey}`);
    const seen = (await look().expect(200)).body;
    expect(seen).toMatchObject({ feedbackCode, stage: 'handling', answers: [], allowedCommands: [] });
    expect(JSON.stringify(seen)).not.toContain('0905000111'); // no personal data on the public page
    expect(problem(await publicly().get(`/public/feedback/${feedbackCode}?key=WRONGKEY00`))).toEqual({
      status: 404,
      code: 'FEEDBACK_NOT_FOUND',
    });

    // The unit: classify and assign before answering; only the assignee (or a leader) answers.
    const send = (client: typeof officer, route: string, body: object = {}) =>
      client.post(`/feedback/${feedbackCode}/${route}`, body);
    expect(problem(await send(officer, 'answer', { answer: 'Đã xử lý.' }))).toEqual({
      status: 422,
      code: 'FEEDBACK_NOT_CLASSIFIED',
    });
    await send(officer, 'classify', { category: 'staff' }).expect(200);
    await send(leader, 'assign', { assigneeId: 'someone-else' }).expect(200);
    expect(problem(await send(officer, 'answer', { answer: 'Đã xử lý.' }))).toEqual({
      status: 409,
      code: 'FEEDBACK_NOT_ASSIGNED_TO_YOU',
    });
    await send(leader, 'assign', { assigneeId: 'officer-1' }).expect(200);
    expect((await officer.get(`/feedback/${feedbackCode}`).expect(200)).body.allowedCommands).toEqual([
      'ClassifyFeedback',
      'AssignFeedback',
      'AnswerFeedback',
    ]);
    expect(problem(await send(officer, 'extend', { reason: 'Cần xác minh' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    await send(leader, 'extend', { reason: 'Cần xác minh với Công an tỉnh' }).expect(200);
    const answered = await send(officer, 'answer', { answer: 'Cơ quan đã trả kết quả ngày 12/3.' }).expect(200);
    expect(answered.body.answers).toEqual([expect.objectContaining({ round: 1, onTime: true })]);
    expect((await look().expect(200)).body.answers).toEqual([]); // not published yet
    await send(officer, 'publish').expect(200);

    // The sender rates the published answer and raises it again.
    const rate = (rating: string) =>
      publicly().post(`/public/feedback/${feedbackCode}/rating?key=${lookupKey}`).send({ rating });
    expect((await rate('unsatisfied').expect(200)).body).toMatchObject({
      rating: 'unsatisfied',
      answers: [{ round: 1, answer: 'Cơ quan đã trả kết quả ngày 12/3.' }],
    });
    expect(problem(await rate('satisfied'))).toEqual({ status: 409, code: 'FEEDBACK_ALREADY_RATED' });
    const again = await publicly()
      .post(`/public/feedback/${feedbackCode}/raise-again?key=${lookupKey}`)
      .send({ reason: 'Vẫn chưa nhận được kết quả.' })
      .expect(200);
    expect(again.body).toMatchObject({ stage: 'handling', allowedCommands: [] });

    // The officers' list shows it back in handling, in its second round.
    await system.project();
    const list = await officer.get('/feedback?stage=handling').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ feedbackCode, round: 2, category: 'staff', dossierCode: dossier.dossierCode }),
    ]);
    const other = await apiClient(system, await bearer('officer', ['STP-PT'])).get(`/feedback/${feedbackCode}`);
    expect(problem(other)).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('counts on the scorecard: 5.1 by class, 5.2 on time, 5.3 less the unsatisfied and raised again, 5.4', async () => {
    // A second feedback, at the desk, left unanswered but within its deadline.
    await officer.post('/feedback', { ...RECEIPT, subject: 'Thái độ cán bộ' }).expect(201);
    await system.project();
    const card = (await metrics.get('/index-766/scorecard?period=month&agency=STP-KH').expect(200)).body.scorecard;
    const byId = Object.fromEntries(
      (card.indicators as { id: string }[]).map((i) => [i.id, i as Record<string, unknown>]),
    );
    expect(byId['5.1b']).toMatchObject({ numerator: 1, denominator: 2, points: 0 });
    expect(byId['5.2']).toMatchObject({ numerator: 2, denominator: 2, points: 6 });
    // (2 − 1 unsatisfied − 1 raised again − 0 overdue) ÷ 2: the formula subtracts each count as the dashboard states it.
    expect(byId['5.3']).toMatchObject({ numerator: 0, denominator: 2, points: 0 });
    // The dossier drew feedback: (1 − 0 late − 0 not satisfied − 1) ÷ 1.
    expect(byId['5.4']).toMatchObject({ numerator: 0, denominator: 1 });
    const byProcedure = (await metrics.get('/index-766/scorecard?period=month&procedure=2.000488').expect(200)).body;
    expect(byProcedure.scorecard.indicators.find((i: { id: string }) => i.id === '5.2')).toMatchObject({
      points: null,
      noData: 'FEEDBACK_BY_AGENCY_ONLY',
    });
  });
});

describe('the public feedback page is rate-limited per address', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ publicRateLimitPerMinute: 3 });
  });
  afterAll(() => system?.stop());

  it('answers 429 RATE_LIMITED with Retry-After past the limit, and nothing is received', async () => {
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await request(system.http)
        .post('/public/feedback')
        .send({ ...RECEIPT, content: `Lần ${i}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(last!.body.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await system.project();
    const listed = await apiClient(system, await bearer('officer'))
      .get('/feedback')
      .expect(200);
    expect(listed.body.items).toHaveLength(3);
  });
});
