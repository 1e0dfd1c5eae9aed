import {
  GROUPS,
  POINTS,
  indicator,
  percent,
  unavailable,
  type Fraction,
  type GroupId,
  type IndicatorResult,
} from './indicators';

/**
 * What the read models count for one unit and period (domain.md §4): dossiers by timeliness and by
 * flag, procedures from the catalogue. Everything the scorecard needs, nothing it derives.
 */
export interface DossierCounts {
  /** Dossiers processed in the period: carried over from before it + received in it (2.1, 5.4). */
  readonly processed: number;
  /** Dossiers received (accepted) in the period (3.3, 4.2, 4.3). */
  readonly received: number;
  /** Finished on time (early or on time) + still in progress and before their statistical due date. */
  readonly onTimeOrInTime: number;
  /** Finished dossiers and their total processing time, in working days of their procedures. */
  readonly finished: number;
  readonly totalProcessingWorkingDays: number;
  readonly online: number;
  /** Dossiers with a fee (a financial obligation), and those paid online. */
  readonly withFee: number;
  readonly paidOnline: number;
  /** Dossiers whose procedure returns a document, and those with an e-result. */
  readonly returnsDocument: number;
  readonly eResult: number;
  readonly digitised: number;
  readonly reusedData: number;
  /** Late dossiers (finished late, or in progress and overdue), and dossiers rated "not satisfied" (5.4). */
  readonly late: number;
  readonly notSatisfied: number;
}

/** What the procedure catalogue counts for one unit (1.1–1.3, 3.1, 3.6's B and C). */
export interface CatalogueCounts {
  readonly total: number;
  readonly published: number;
  readonly publishedOnTime: number;
  /** Procedures published with all seven components; undefined while the catalogue does not record them. */
  readonly withFullContent?: number;
  readonly offeredOnline: number;
  readonly withFees: number;
  readonly withOnlinePayment: number;
  readonly withFeeDossiers: number;
}

export interface Index766Counts extends DossierCounts {
  readonly procedures: CatalogueCounts;
}

/** Versioned point configuration; `DASHBOARD_2024` reproduces the national dashboard as observed. */
export interface Index766Config {
  readonly version: string;
  /** Bands, highest first: a total at or above `from` takes the band's name. */
  readonly bands: readonly { readonly name: string; readonly from: number; readonly confirmed: boolean }[];
  /** Full marks for 4.3 reused data at this percent. */
  readonly reusedDataFullAt: number;
  /** Full marks for 5.4 satisfaction at this percent. */
  readonly satisfactionFullAt: number;
}

export const DASHBOARD_2024: Index766Config = {
  version: 'dashboard-2024',
  // Only "Tốt" = 80 to under 90 is confirmed (seed 001); the others are configuration until confirmed.
  bands: [
    { name: 'Xuất sắc', from: 90, confirmed: false },
    { name: 'Tốt', from: 80, confirmed: true },
    { name: 'Khá', from: 70, confirmed: false },
    { name: 'Trung bình', from: 50, confirmed: false },
    { name: 'Yếu', from: 0, confirmed: false },
  ],
  reusedDataFullAt: 80,
  satisfactionFullAt: 90,
};

export interface Scorecard {
  readonly configVersion: string;
  readonly indicators: readonly IndicatorResult[];
  readonly groups: Readonly<Record<GroupId, { readonly name: string; readonly points: number; readonly max: number }>>;
  /** Sum of the points we can compute (out of 100; unknown functions and missing sources count 0). */
  readonly total: number;
  readonly band: string;
}

const f = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });

/** Every indicator our data supports, the group scores, the total and the band. */
export function scorecard(c: Index766Counts, config: Index766Config = DASHBOARD_2024): Scorecard {
  const p = c.procedures;
  const satisfied = Math.max(0, c.processed - c.late - c.notSatisfied);
  const indicators: IndicatorResult[] = [
    indicator(
      { id: '1.1', name: 'Thủ tục được công bố đúng hạn', group: 'CKMB', maxPoints: 6 },
      f(p.publishedOnTime, p.total),
      (r) => POINTS.linear(6, r),
    ),
    indicator(
      { id: '1.2', name: 'Thủ tục được công khai', group: 'CKMB', maxPoints: 4 },
      f(p.published, p.total),
      (r) => POINTS.linear(4, r),
    ),
    p.withFullContent === undefined
      ? unavailable(
          { id: '1.3', name: 'Thủ tục công khai đầy đủ nội dung', group: 'CKMB', maxPoints: 2 },
          'CONTENT_NOT_RECORDED',
        )
      : indicator(
          { id: '1.3', name: 'Thủ tục công khai đầy đủ nội dung', group: 'CKMB', maxPoints: 2 },
          f(p.withFullContent, p.total),
          (r) => POINTS.linear(2, r),
        ),
    unavailable(
      { id: '1.4', name: 'Hồ sơ đồng bộ lên Cổng DVCQG', group: 'CKMB', maxPoints: 6 },
      'PORTAL_SYNC_NOT_BUILT',
    ),
    // TDGQ shows a zero denominator as ratio 0 and score 0 (domain.md §4).
    indicator(
      { id: '2.1', name: 'Hồ sơ giải quyết đúng hạn', group: 'TDGQ', maxPoints: 20 },
      f(c.onTimeOrInTime, c.processed),
      (r) => POINTS.linear(20, r),
      { ratio: 0, points: 0 },
    ),
    averageProcessingTime(c),
    {
      ...indicator(
        { id: '3.1', name: 'Thủ tục cung cấp dịch vụ trực tuyến', group: 'DVTT', maxPoints: 12 },
        f(p.offeredOnline, p.total),
        () => 0,
      ),
      points: null,
      noData: 'ONLINE_POINTS_NOT_PUBLISHED',
    },
    {
      ...indicator(
        { id: '3.3', name: 'Hồ sơ trực tuyến', group: 'DVTT', maxPoints: 0 },
        f(c.online, c.received),
        () => 0,
      ),
      points: null,
      noData: 'COUNTED_IN_ONLINE_TILE',
    },
    onlinePayment(c),
    indicator(
      { id: '4.1', name: 'Hồ sơ có kết quả điện tử', group: 'SHHS', maxPoints: 6 },
      f(c.eResult, c.returnsDocument),
      (r) => POINTS.capped(6, r),
    ),
    indicator({ id: '4.2', name: 'Hồ sơ được số hóa', group: 'SHHS', maxPoints: 4 }, f(c.digitised, c.received), (r) =>
      POINTS.capped(4, r),
    ),
    indicator(
      { id: '4.3', name: 'Hồ sơ tái sử dụng dữ liệu số hóa', group: 'SHHS', maxPoints: 2 },
      f(c.reusedData, c.received),
      (r) => POINTS.fullAt(2, r, config.reusedDataFullAt),
    ),
    unavailable(
      { id: '5.2', name: 'Phản ánh, kiến nghị xử lý đúng hạn', group: 'MDHL', maxPoints: 6 },
      'FEEDBACK_NOT_BUILT',
    ),
    unavailable(
      { id: '5.3', name: 'Hài lòng với xử lý phản ánh, kiến nghị', group: 'MDHL', maxPoints: 6 },
      'FEEDBACK_NOT_BUILT',
    ),
    // 5.4: 100 % − (late ratio + not-satisfied ratio); 0 points when there is no dossier.
    indicator(
      { id: '5.4', name: 'Mức độ hài lòng giải quyết TTHC', group: 'MDHL', maxPoints: 6 },
      f(satisfied, c.processed),
      (r) => POINTS.fullAt(6, r, config.satisfactionFullAt),
      { ratio: null, points: 0 },
    ),
  ];
  const groups = Object.fromEntries(
    (Object.keys(GROUPS) as GroupId[]).map((id) => [
      id,
      {
        name: GROUPS[id].name,
        max: GROUPS[id].max,
        points: indicators.filter((i) => i.group === id).reduce((sum, i) => sum + (i.points ?? 0), 0),
      },
    ]),
  ) as Scorecard['groups'];
  const total = Object.values(groups).reduce((sum, g) => sum + g.points, 0);
  const band = config.bands.find((b) => total >= b.from)?.name ?? config.bands[config.bands.length - 1].name;
  return { configVersion: config.version, indicators, groups, total, band };
}

/** 2.2: average processing time of finished dossiers, in working days; shown, no points. */
function averageProcessingTime(c: Index766Counts): IndicatorResult {
  const spec = {
    id: '2.2',
    name: 'Thời gian giải quyết trung bình (ngày làm việc)',
    group: 'TDGQ' as const,
    maxPoints: 0,
  };
  if (c.finished === 0) return unavailable(spec, 'NOTHING_FINISHED');
  return {
    ...spec,
    numerator: c.totalProcessingWorkingDays,
    denominator: c.finished,
    ratio: c.totalProcessingWorkingDays / c.finished,
    points: 0,
  };
}

/** 3.6 / TTTT (10) = 6·A + min(2, 2.5·B) + 2.5·C, A, B, C as fractions of 1 (domain.md §4). */
function onlinePayment(c: Index766Counts): IndicatorResult {
  const spec = { id: '3.6', name: 'Thanh toán trực tuyến', group: 'DVTT' as const, maxPoints: 10 };
  const p = c.procedures;
  if (c.withFee === 0 && p.withFees === 0) return unavailable(spec, 'NO_FEES');
  const a = (percent(f(c.paidOnline, c.withFee)) ?? 0) / 100;
  const b = (percent(f(p.withOnlinePayment, p.withFees)) ?? 0) / 100;
  const cc = (percent(f(p.withFeeDossiers, p.withFees)) ?? 0) / 100;
  return {
    ...spec,
    numerator: c.paidOnline,
    denominator: c.withFee,
    ratio: percent(f(c.paidOnline, c.withFee)),
    points: 6 * a + Math.min(2, 2.5 * b) + 2.5 * cc,
  };
}

const NO_DOSSIERS: DossierCounts = {
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
};
const NO_PROCEDURES: CatalogueCounts = {
  total: 0,
  published: 0,
  publishedOnTime: 0,
  offeredOnline: 0,
  withFees: 0,
  withOnlinePayment: 0,
  withFeeDossiers: 0,
};

let indicatorIdsRead: readonly string[] | undefined;

/**
 * Ids of the indicators a scorecard reports, in its order (read off the scorecard itself, on first
 * use: not at import, which every workflow of the worker pays).
 */
export function indicatorIds(): readonly string[] {
  indicatorIdsRead ??= scorecard({ ...NO_DOSSIERS, procedures: NO_PROCEDURES }).indicators.map((i) => i.id);
  return indicatorIdsRead;
}
