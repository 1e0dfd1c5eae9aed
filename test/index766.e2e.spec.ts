import { indicatorIds } from '@motcua/domain';
import { bearer, startTestSystem, type TestSystem } from './support/api';
import { DESK_DOSSIER, apiClient } from './support/http';

/** The 766 routes end to end: dossiers moved through the real API and worker, figures read back. */
describe('the 766 index over HTTP', () => {
  let system: TestSystem;
  let officer: ReturnType<typeof apiClient>;
  let metrics: ReturnType<typeof apiClient>;
  const codes: string[] = [];
  let between = '';

  beforeAll(async () => {
    system = await startTestSystem();
    officer = apiClient(system, await bearer('officer', ['STP-KH']));
    metrics = apiClient(system, await bearer('metrics', ['STP-KH']));
    // A: accepted and finished with an e-signed result. Then B: accepted, still in progress.
    // A took the applicant's data from the population database, and its result is a copy certified electronically.
    const withPopulationData = { ...DESK_DOSSIER, applicant: { ...DESK_DOSSIER.applicant, populationData: true } };
    const a = (await officer.submit(withPopulationData).expect(201)).body.dossierCode;
    await officer.command(a, 'accept').expect(200);
    await officer
      .command(a, 'result', {
        decision: 'approved',
        documents: [{ ...(await officer.attachSigned(a)), code: '1/LLTP', eSigned: true, certifiedCopy: true }],
      })
      .expect(200);
    await new Promise((r) => setTimeout(r, 20));
    between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const b = (await officer.submit(DESK_DOSSIER).expect(201)).body.dossierCode;
    await officer.command(b, 'accept').expect(200);
    codes.push(a, b);
    await system.project();
  });
  afterAll(() => system?.stop());

  const indicator = (body: { scorecard: { indicators: { id: string }[] } }, id: string) =>
    body.scorecard.indicators.find((i) => i.id === id);

  it('scores the period: timeliness, e-results, digitisation, with numerators and denominators', async () => {
    const res = await metrics.get('/index-766/scorecard?period=month').expect(200);
    expect(res.body.figures).toMatchObject({
      carriedOver: 0,
      received: 2,
      processed: 2,
      inTime: 1,
      overdue: 0,
      late: 0,
    });
    expect(res.body.figures.early + res.body.figures.onTime).toBe(1);
    expect(indicator(res.body, '2.1')).toMatchObject({ numerator: 2, denominator: 2, ratio: 100, points: 20 });
    expect(indicator(res.body, '4.1')).toMatchObject({ numerator: 1, denominator: 1, ratio: 100 });
    expect(indicator(res.body, '4.2')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(indicator(res.body, '1.3')).toMatchObject({ points: null, noData: 'CONTENT_NOT_RECORDED' });
    expect(indicator(res.body, '4.5')).toMatchObject({ numerator: 1, denominator: 2, ratio: 50, points: 1 });
    expect(indicator(res.body, '4.6')).toMatchObject({
      numerator: 1,
      nationalCode: 'CITIZEN_DATA_CONNECTED_FORMALITY',
    });
    expect(indicator(res.body, '4.7')).toMatchObject({ numerator: 1, denominator: 1, points: 2 });
    expect(indicator(res.body, '3.3')).toMatchObject({ ourReading: true, note: expect.stringContaining('cách hiểu') });
    expect(res.body.scorecard.total).toBeGreaterThan(0);
  });

  it('ranks the agencies in scope by their own total, and exports the ranking as CSV', async () => {
    const card = (await metrics.get('/index-766/scorecard?period=month').expect(200)).body.scorecard;
    const res = await metrics.get('/index-766/ranking?period=month').expect(200);
    expect(res.body.rows).toEqual([
      { rank: 1, agency: 'STP-KH', total: card.total, band: card.band, onTimeRate: expect.any(Number) },
    ]);
    const csv = await metrics.get('/index-766/ranking?period=month').set('accept', 'text/csv').expect(200);
    expect(csv.text.split('\r\n')[0]).toContain('Hạng,Cơ quan,Tổng điểm,Xếp loại');
  });

  it('travels back in time: asOf between the two dossiers sees only the first', async () => {
    const res = await metrics.get(`/index-766/scorecard?period=month&asOf=${between}`).expect(200);
    expect(res.body.figures).toMatchObject({ received: 1, processed: 1, inTime: 0 });
    expect(res.body.asOf).toBe(between);
  });

  it('lists the dossiers behind a figure, page by page', async () => {
    const first = await metrics
      .get('/index-766/indicators/2.1/dossiers?period=month&part=denominator&limit=1')
      .expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await metrics
      .get(`/index-766/indicators/2.1/dossiers?period=month&part=denominator&limit=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect([first.body.items[0].dossierCode, second.body.items[0].dossierCode].sort()).toEqual([...codes].sort());
    const eResults = await metrics.get('/index-766/indicators/4.1/dossiers?period=month').expect(200);
    expect(eResults.body.items.map((d: { dossierCode: string }) => d.dossierCode)).toEqual([codes[0]]);
  });

  it('groups timeliness by agency and month, and one indicator by procedure', async () => {
    const byAgency = await metrics.get('/index-766/timeliness?period=year&groupBy=agency').expect(200);
    expect(byAgency.body.rows).toEqual([expect.objectContaining({ group: 'STP-KH', processed: 2, onTimeRate: 100 })]);
    const byMonth = await metrics.get('/index-766/timeliness?period=year&groupBy=month').expect(200);
    const thisMonth = byMonth.body.rows[byMonth.body.rows.length - 1];
    expect(thisMonth).toMatchObject({ received: 2 });
    const byProcedure = await metrics.get('/index-766/indicators/4.1?period=year&groupBy=procedure').expect(200);
    expect(byProcedure.body.rows).toEqual([
      expect.objectContaining({ group: '2.000488', indicator: expect.objectContaining({ numerator: 1 }) }),
    ]);
  });

  it('exports every table as CSV with Vietnamese headers', async () => {
    const res = await metrics.get('/index-766/timeliness?period=month').set('accept', 'text/csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Tồn kỳ trước chuyển qua,Tiếp nhận trong kỳ');
    expect(lines).toHaveLength(2);
    const card = await metrics.get('/index-766/scorecard?period=month').set('accept', 'text/csv').expect(200);
    const rows = card.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + indicatorIds().length);
    // One row per indicator: its group named in Vietnamese, notes in Vietnamese, no empty grouping column.
    expect(rows[0].split(',').slice(0, 3)).toEqual(['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Nhóm chỉ số']);
    expect(rows.find((r) => r.startsWith('1.4,'))).toContain('Công khai, minh bạch');
    // No portal acknowledged these dossiers: 1.4 counts 0 of them, where it used to say "not built".
    expect(rows.find((r) => r.startsWith('1.4,'))).toMatch(/^1\.4,[^,]+,"Công khai, minh bạch",0,\d+,0,0,6,/);
    expect(rows.find((r) => r.startsWith('1.3,'))).toContain('Danh mục chưa ghi nhận đủ bảy nội dung công khai');
    expect(card.text).not.toMatch(/not built|not published|no dossier/);
  });

  it('refuses bad questions with coded 4xx, and other agencies with 403', async () => {
    const problems = [
      ['/index-766/scorecard?from=2026-01-01', 400, 'VALIDATION_FAILED'],
      ['/index-766/scorecard?from=2026-02-01&to=2026-01-01', 400, 'VALIDATION_FAILED'],
      ['/index-766/scorecard?period=month&date=2026-02-30', 400, 'VALIDATION_FAILED'],
      ['/index-766/scorecard?from=2026-01-01&to=2026-01-31&asOf=2025-12-01T00:00:00Z', 400, 'VALIDATION_FAILED'],
      ['/index-766/timeliness?groupBy=colour', 400, 'VALIDATION_FAILED'],
      ['/index-766/indicators/9.9', 404, 'NOT_FOUND'],
      ['/index-766/indicators/1.1/dossiers', 400, 'VALIDATION_FAILED'],
      ['/index-766/scorecard?agency=STP-PT', 403, 'FORBIDDEN'],
    ] as const;
    for (const [path, status, code] of problems) {
      const res = await metrics.get(path);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status, code });
    }
  });
});
