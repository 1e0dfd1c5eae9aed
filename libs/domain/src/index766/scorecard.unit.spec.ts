import { POINTS } from './indicators';
import { INDICATOR_DOSSIERS } from './indicator-dossiers';
import { roundScore } from './rounding';
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
  populationData: 50,
  certifiedCopies: 20,
  certifiedCopiesElectronic: 15,
  procedures: {
    total: 10,
    published: 10,
    publishedOnTime: 9,
    withFullContent: 8,
    offeredOnline: 7,
    withFees: 8,
    withOnlinePayment: 6,
    withFeeDossiers: 8,
    withPopulationDataDossiers: 3,
  },
  portalSync: { reached: 190, due: 200 },
  personalStore: { pushed: 45, eResults: 60 },
  feedback: {
    received: 12,
    onTimeOrInTime: 11,
    unsatisfied: 1,
    raisedAgain: 1,
    overdue: 1,
    dossiersWithFeedback: 4,
    aboutProcedure: 0,
    aboutStaff: 0,
  },
};

const byId = (card: ReturnType<typeof scorecard>, id: string) => card.indicators.find((i) => i.id === id)!;

describe('the 766 scorecard (hand-computed)', () => {
  const card = scorecard(COUNTS);

  it.each([
    ['1.1', 90, 5.4],
    ['1.2', 100, 4],
    ['1.3', 80, 1.6],
    ['1.4', 95, 5.7],
    ['2.1', 95, 19],
    ['3.1', 70, 5.25], // min(6, 6 × 70 / 80)
    ['3.3', 40, 4.8], // min(6, 6 × 40 / 50)
    ['4.1', 50, 3],
    ['4.2', 75, 3],
    ['4.3', 20, 0.5],
    ['4.4', 75, 3],
    ['4.5', 25, 0.5],
    ['4.6', 30, 0.6],
    ['4.7', 75, 1.5],
    ['5.2', 91.66666666666667, 5.5], // 6 × 11/12
    ['5.3', 75, 4.5], // (12 − 1 − 1 − 1) / 12
    ['5.4', 90.5, 6], // (200 − 10 late − 5 not satisfied − 4 with feedback) / 200, full at 90 %
  ])('indicator %s: ratio %d %%, %d points', (id, ratio, points) => {
    expect(byId(card, id).ratio).toBeCloseTo(ratio, 10);
    expect(byId(card, id).points).toBe(points);
  });

  it('scores online payment as 6·A + min(2, 2.5·B) + 2.5·C, each term rounded half-up first', () => {
    // A = 30/100, B = 6/8, C = 8/8 → 1.8 + 1.875 (→ 1.88) + 2.5
    expect(byId(card, '3.6').points).toBe(6.18);
    // 6 × 3/80 = 0.225 → 0.23 and 2.5 × 9/100 = 0.225 → 0.23: 0.46, where rounding the sum gives 0.45.
    const terms = scorecard({
      ...COUNTS,
      withFee: 80,
      paidOnline: 3,
      procedures: { ...COUNTS.procedures, withFees: 100, withOnlinePayment: 9, withFeeDossiers: 0 },
    });
    expect(byId(terms, '3.6').points).toBe(0.46);
  });

  it('reports 2.2 average processing time without points', () => {
    expect(byId(card, '2.2')).toMatchObject({ ratio: 6, points: 0 });
  });

  it('marks the online-service tile as our reading, and names the dashboard code of the others', () => {
    expect(card.indicators.filter((i) => i.ourReading).map((i) => i.id)).toEqual(['3.1', '3.3']);
    expect(byId(card, '1.4').nationalCode).toBe('DOSSIER_SYNC');
    expect(byId(card, '4.6').nationalCode).toBe('CITIZEN_DATA_CONNECTED_FORMALITY');
    expect(byId(card, '5.3').nationalCode).toBe('PETITION_HANDLING_SATISFACTION');
  });

  it('reports a source it cannot count (not built, or feedback in a procedure scope) as no data, with the reason', () => {
    const { portalSync: _p, personalStore: _s, feedback: _f, ...withoutSources } = COUNTS;
    const partial = scorecard(withoutSources);
    expect(byId(partial, '1.4')).toMatchObject({ ratio: null, points: null, noData: 'PORTAL_SYNC_NOT_BUILT' });
    expect(byId(partial, '4.4')).toMatchObject({ ratio: null, points: null, noData: 'PERSONAL_STORE_NOT_BUILT' });
    for (const id of ['5.1a', '5.1b', '5.2', '5.3'])
      expect(byId(partial, id)).toMatchObject({ ratio: null, points: null, noData: 'FEEDBACK_BY_AGENCY_ONLY' });
    // Without feedback nothing is subtracted for it: (200 − 10 − 5) / 200.
    expect(byId(partial, '5.4').ratio).toBeCloseTo(92.5, 10);
  });

  it('gives 5.2 and 5.3 full marks when the unit received no feedback', () => {
    const none = scorecard({
      ...COUNTS,
      feedback: {
        received: 0,
        onTimeOrInTime: 0,
        unsatisfied: 0,
        raisedAgain: 0,
        overdue: 0,
        dossiersWithFeedback: 0,
        aboutProcedure: 0,
        aboutStaff: 0,
      },
    });
    expect(byId(none, '5.2')).toMatchObject({ ratio: null, points: 6 });
    expect(byId(none, '5.3')).toMatchObject({ ratio: null, points: 6 });
  });

  it('never lets 5.3 go below zero', () => {
    const bad = scorecard({
      ...COUNTS,
      feedback: {
        received: 4,
        onTimeOrInTime: 0,
        unsatisfied: 3,
        raisedAgain: 2,
        overdue: 4,
        dossiersWithFeedback: 0,
        aboutProcedure: 0,
        aboutStaff: 0,
      },
    });
    expect(byId(bad, '5.3')).toMatchObject({ ratio: 0, points: 0 });
  });

  it('adds up the groups, the total and the band from the rounded points', () => {
    expect(card.groups.CKMB.points).toBe(16.7);
    expect(card.groups.TDGQ.points).toBe(19);
    expect(card.groups.DVTT.points).toBe(16.23);
    expect(card.groups.MDHL.points).toBe(16);
    expect(card.groups.SHHS.points).toBe(12.1);
    expect(card.total).toBe(80.03);
    expect(card.band).toBe('Tốt');
    expect(card.configVersion).toBe(DASHBOARD_2024.version);
  });

  it('has groups whose indicators add up to their weight, and 100 in all', () => {
    for (const [id, group] of Object.entries(card.groups)) {
      const max = card.indicators.filter((i) => i.group === id).reduce((sum, i) => sum + i.maxPoints, 0);
      expect({ id, max }).toEqual({ id, max: group.max });
    }
    expect(Object.values(card.groups).reduce((sum, g) => sum + g.max, 0)).toBe(100);
  });

  it('puts 80 to under 90 in Tốt, the confirmed band', () => {
    const band = (total: number) => DASHBOARD_2024.bands.find((b) => total >= b.from)!;
    expect(band(80)).toMatchObject({ name: 'Tốt', confirmed: true });
    expect(band(89.99).name).toBe('Tốt');
    expect(band(90).name).toBe('Xuất sắc');
  });

  it('handles an empty period: TDGQ ratio 0 and score 0, CKMB and MDSH no data, satisfaction 0', () => {
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
      populationData: 0,
      certifiedCopies: 0,
      certifiedCopiesElectronic: 0,
      portalSync: { reached: 0, due: 0 },
      personalStore: { pushed: 0, eResults: 0 },
    });
    expect(byId(empty, '2.1')).toMatchObject({ ratio: 0, points: 0 });
    for (const id of ['1.4', '3.3', '4.1', '4.4', '4.5', '4.7'])
      expect(byId(empty, id)).toMatchObject({ ratio: null, points: null, noData: 'EMPTY_DENOMINATOR' });
    expect(byId(empty, '5.4')).toMatchObject({ ratio: null, points: 0 });
    expect(byId(empty, '2.2').noData).toBe('NOTHING_FINISHED');
  });

  it('gives no timeliness points when every dossier is late', () => {
    const allLate = scorecard({ ...COUNTS, onTimeOrInTime: 0, late: 200 });
    expect(byId(allLate, '2.1')).toMatchObject({ ratio: 0, points: 0 });
    expect(byId(allLate, '5.4')).toMatchObject({ ratio: 0, points: 0 });
  });

  it('caps at the maximum: full marks at and above each threshold', () => {
    const full = scorecard({
      ...COUNTS,
      online: 100, // 50 %: the online tile's dossier half is full
      procedures: { ...COUNTS.procedures, offeredOnline: 8 }, // 80 %
      personalStore: { pushed: 70, eResults: 60 },
    });
    expect(byId(full, '3.3').points).toBe(6);
    expect(byId(full, '3.1').points).toBe(6);
    expect(byId(full, '4.4').points).toBe(4);
    expect(POINTS.capped(6, 130)).toBe(6);
    expect(POINTS.fullAt(2, 100, 80)).toBe(2);
    expect(POINTS.linear(20, 50)).toBe(10);
  });
});

describe('rounding as the dashboard rounds', () => {
  it.each([
    [1.005, 1.01],
    [6 * 0.0375, 0.23], // 0.22499999999999998 in binary
    [0.125, 0.13], // half-up, where banker's rounding gives 0.12
    [2.675, 2.68],
    [36.58333333333333, 36.58],
    [19.999, 20],
    [1e-7, 0],
    [0, 0],
  ])('%d → %d', (points, shown) => {
    expect(roundScore(points)).toBe(shown);
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
      '4.4',
      '4.5',
      '4.6',
      '4.7',
      '5.1a',
      '5.1b',
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
