import { POINTS } from './indicators';
import { INDICATOR_DOSSIERS } from './indicator-dossiers';
import { DASHBOARD_2024, indicatorIds, scorecard, type Index766Counts } from './scorecard';
import { countsOnTime, timelinessBucketAt } from './timeliness-buckets';

const COUNTS: Index766Counts = {
  processed: 200,
  received: 200,
  onTimeOrInTime: 190,
  finished: 150,
  totalProcessingWorkingDays: 900,
  online: 80,
  withFee: 100,
  paidOnline: 30,
  returnsDocument: 120,
  eResult: 60,
  digitised: 150,
  reusedData: 40,
  late: 10,
  notSatisfied: 5,
  procedures: {
    total: 10,
    published: 10,
    publishedOnTime: 9,
    withFullContent: 8,
    offeredOnline: 7,
    withFees: 8,
    withOnlinePayment: 6,
    withFeeDossiers: 8,
  },
};

const byId = (card: ReturnType<typeof scorecard>, id: string) => card.indicators.find((i) => i.id === id)!;

describe('the 766 scorecard (hand-computed)', () => {
  const card = scorecard(COUNTS);

  it.each([
    ['1.1', 90, 5.4],
    ['1.2', 100, 4],
    ['1.3', 80, 1.6],
    ['2.1', 95, 19],
    ['4.1', 50, 3],
    ['4.2', 75, 3],
    ['4.3', 20, 0.5],
    ['5.4', 92.5, 6],
  ])('indicator %s: ratio %d %%, %d points', (id, ratio, points) => {
    expect(byId(card, id).ratio).toBeCloseTo(ratio, 10);
    expect(byId(card, id).points).toBeCloseTo(points, 10);
  });

  it('scores online payment as 6·A + min(2, 2.5·B) + 2.5·C', () => {
    // A = 30/100, B = 6/8, C = 8/8 → 1.8 + 1.875 + 2.5
    expect(byId(card, '3.6').points).toBeCloseTo(6.175, 10);
  });

  it('reports 2.2 average processing time without points, and 3.1/3.3 as ratios only', () => {
    expect(byId(card, '2.2')).toMatchObject({ ratio: 6, points: 0 });
    expect(byId(card, '3.1')).toMatchObject({ ratio: 70, points: null });
    expect(byId(card, '3.3')).toMatchObject({ ratio: 40, points: null });
    expect(byId(card, '3.1').noData).toBe('ONLINE_POINTS_NOT_PUBLISHED');
    expect(byId(card, '3.3').noData).toBe('COUNTED_IN_ONLINE_TILE');
  });

  it('reports indicators without a source as no data, with the reason', () => {
    expect(byId(card, '1.4')).toMatchObject({ ratio: null, points: null, noData: 'PORTAL_SYNC_NOT_BUILT' });
    for (const id of ['5.2', '5.3'])
      expect(byId(card, id)).toMatchObject({ ratio: null, points: null, noData: 'FEEDBACK_NOT_BUILT' });
  });

  it('adds up the groups, the total and the band', () => {
    expect(card.groups.CKMB.points).toBeCloseTo(11, 10);
    expect(card.groups.TDGQ.points).toBeCloseTo(19, 10);
    expect(card.groups.DVTT.points).toBeCloseTo(6.175, 10);
    expect(card.groups.MDHL.points).toBeCloseTo(6, 10);
    expect(card.groups.SHHS.points).toBeCloseTo(6.5, 10);
    expect(card.total).toBeCloseTo(48.675, 10);
    expect(card.band).toBe('Yếu');
    expect(card.configVersion).toBe(DASHBOARD_2024.version);
  });

  it('puts 80 to under 90 in Tốt, the confirmed band', () => {
    const band = (total: number) => DASHBOARD_2024.bands.find((b) => total >= b.from)!;
    expect(band(80)).toMatchObject({ name: 'Tốt', confirmed: true });
    expect(band(89.99).name).toBe('Tốt');
    expect(band(90).name).toBe('Xuất sắc');
  });

  it('handles an empty period: TDGQ ratio 0 and score 0, digitisation no data, satisfaction 0', () => {
    const empty = scorecard({
      ...COUNTS,
      processed: 0,
      received: 0,
      onTimeOrInTime: 0,
      finished: 0,
      totalProcessingWorkingDays: 0,
      online: 0,
      withFee: 0,
      paidOnline: 0,
      returnsDocument: 0,
      eResult: 0,
      digitised: 0,
      reusedData: 0,
      late: 0,
      notSatisfied: 0,
    });
    expect(byId(empty, '2.1')).toMatchObject({ ratio: 0, points: 0 });
    expect(byId(empty, '4.1')).toMatchObject({ ratio: null, points: null });
    expect(byId(empty, '5.4')).toMatchObject({ ratio: null, points: 0 });
    expect(byId(empty, '2.2').noData).toBe('NOTHING_FINISHED');
  });

  it('gives no timeliness points when every dossier is late', () => {
    const allLate = scorecard({ ...COUNTS, onTimeOrInTime: 0, late: 200 });
    expect(byId(allLate, '2.1')).toMatchObject({ ratio: 0, points: 0 });
    expect(byId(allLate, '5.4')).toMatchObject({ ratio: 0, points: 0 });
  });

  it('caps capped and full-at point functions at their maximum', () => {
    expect(POINTS.capped(6, 130)).toBe(6);
    expect(POINTS.fullAt(2, 100, 80)).toBe(2);
    expect(POINTS.linear(20, 50)).toBe(10);
  });
});

describe('timeliness buckets at an instant', () => {
  const due = '2025-03-24T02:00:00.000Z';

  it('keeps the class of a finished dossier, including one finished exactly at its due instant', () => {
    expect(timelinessBucketAt({ timeliness: 'onTime', statisticalDueAt: due }, new Date('2026-01-01'))).toBe('onTime');
    expect(countsOnTime('onTime')).toBe(true);
    expect(countsOnTime('late')).toBe(false);
  });

  it('counts a dossier in progress as in time until its due instant, then overdue', () => {
    expect(timelinessBucketAt({ statisticalDueAt: due }, new Date(due))).toBe('inTime');
    expect(timelinessBucketAt({ statisticalDueAt: due }, new Date(Date.parse(due) + 1))).toBe('overdue');
    expect(countsOnTime('inTime')).toBe(true);
    expect(countsOnTime('overdue')).toBe(false);
  });

  it('has no bucket before acceptance (no due date yet)', () => {
    expect(timelinessBucketAt({}, new Date(due))).toBeUndefined();
  });
});

describe('indicatorIds', () => {
  it('lists every indicator of domain.md §4 that the scorecard reports, once, in group order', () => {
    expect(indicatorIds()).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '3.1',
      '3.3',
      '3.6',
      '4.1',
      '4.2',
      '4.3',
      '5.2',
      '5.3',
      '5.4',
    ]);
    expect(scorecard(COUNTS).indicators.map((i) => i.id)).toEqual(indicatorIds());
  });

  it('covers every indicator that lists its dossiers', () => {
    for (const id of Object.keys(INDICATOR_DOSSIERS)) expect(indicatorIds()).toContain(id);
  });
});
