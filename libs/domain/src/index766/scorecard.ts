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
import { roundScore } from './rounding';

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
  /** Received dossiers that took data from the national population database (4.5). */
  readonly populationData: number;
  /** Results with certified copies, and those certified electronically (4.7). */
  readonly certifiedCopies: number;
  readonly certifiedCopiesElectronic: number;
}

/** Sync to the national portal (1.4): dossiers whose status reached it, of those that should have. */
export interface PortalSyncCounts {
  readonly reached: number;
  readonly due: number;
}

/** E-results pushed to the applicants' personal data stores on the portal, of the e-results (4.4). */
export interface PersonalStoreCounts {
  readonly pushed: number;
  readonly eResults: number;
}

/** Feedback and petitions (PAKN) received in the period and how they went (5.2, 5.3, 5.4). */
export interface FeedbackCounts {
  /** Handled in the period: carried over unanswered plus received (see `feedbackFigures`). */
  readonly received: number;
  /** Answered on time, or still within their deadline. */
  readonly onTimeOrInTime: number;
  readonly unsatisfied: number;
  readonly raisedAgain: number;
  readonly overdue: number;
  /** Dossiers processed in the period that drew feedback (they count against 5.4). */
  readonly dossiersWithFeedback: number;
  /** Received in the period and classified about a procedure (TTHC) or about staff (cán bộ): 5.1, shown. */
  readonly aboutProcedure: number;
  readonly aboutStaff: number;
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
  /** Procedures in force with a dossier that took population data in the period (4.6). */
  readonly withPopulationDataDossiers: number;
}

/**
 * Everything a scorecard is computed from. A source motcua does not have yet (portal sync, the personal
 * data store, feedback) is absent, and its indicators say so instead of scoring as if it were empty.
 */
export interface Index766Counts extends DossierCounts {
  readonly procedures: CatalogueCounts;
  readonly portalSync?: PortalSyncCounts;
  readonly personalStore?: PersonalStoreCounts;
  readonly feedback?: FeedbackCounts;
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
  /**
   * The online-service tile (12 points), whose national function is not published. Our reading of
   * domain.md §4: half for procedures offered online (full marks at 80 %), half for dossiers received
   * online (full marks at 50 %).
   */
  readonly onlineService: {
    readonly proceduresPoints: number;
    readonly proceduresFullAt: number;
    readonly dossiersPoints: number;
    readonly dossiersFullAt: number;
  };
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
  onlineService: { proceduresPoints: 6, proceduresFullAt: 80, dossiersPoints: 6, dossiersFullAt: 50 },
};

export interface Scorecard {
  readonly configVersion: string;
  readonly indicators: readonly IndicatorResult[];
  readonly groups: Readonly<Record<GroupId, { readonly name: string; readonly points: number; readonly max: number }>>;
  /** Sum of the rounded points (out of 100; missing sources count 0), rounded again to two decimals. */
  readonly total: number;
  readonly band: string;
}

const f = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });

/** Every indicator of the index, the group scores, the total and the band. */
export function scorecard(c: Index766Counts, config: Index766Config = DASHBOARD_2024): Scorecard {
  const indicators: IndicatorResult[] = [
    ...publicity(c),
    // TDGQ shows a zero denominator as ratio 0 and score 0 (domain.md §4).
    indicator(
      { id: '2.1', name: 'Hồ sơ giải quyết đúng hạn', group: 'TDGQ', maxPoints: 20 },
      f(c.onTimeOrInTime, c.processed),
      (r) => POINTS.linear(20, r),
      { ratio: 0, points: 0 },
    ),
    averageProcessingTime(c),
    ...onlineService(c, config),
    onlinePayment(c),
    ...digitisation(c, config),
    ...satisfaction(c, config),
  ];
  const groups = Object.fromEntries(
    (Object.keys(GROUPS) as GroupId[]).map((id) => [
      id,
      {
        name: GROUPS[id].name,
        max: GROUPS[id].max,
        points: roundScore(indicators.filter((i) => i.group === id).reduce((sum, i) => sum + (i.points ?? 0), 0)),
      },
    ]),
  ) as Scorecard['groups'];
  const total = roundScore(Object.values(groups).reduce((sum, g) => sum + g.points, 0));
  const band = config.bands.find((b) => total >= b.from)?.name ?? config.bands[config.bands.length - 1].name;
  return { configVersion: config.version, indicators, groups, total, band };
}

/** CKMB (18): publication of procedures (1.1–1.3) and the dossiers' sync to the national portal (1.4). */
function publicity(c: Index766Counts): IndicatorResult[] {
  const p = c.procedures;
  const fullContent = { id: '1.3', name: 'Thủ tục công khai đầy đủ nội dung', group: 'CKMB', maxPoints: 2 } as const;
  const sync = {
    id: '1.4',
    name: 'Hồ sơ đồng bộ lên Cổng DVCQG',
    group: 'CKMB',
    maxPoints: 6,
    nationalCode: 'DOSSIER_SYNC',
  } as const;
  return [
    indicator(
      {
        id: '1.1',
        name: 'Thủ tục được công bố đúng hạn',
        group: 'CKMB',
        maxPoints: 6,
        nationalCode: 'PUBLISH_ON_TIME',
      },
      f(p.publishedOnTime, p.total),
      (r) => POINTS.linear(6, r),
    ),
    indicator(
      { id: '1.2', name: 'Thủ tục được công khai', group: 'CKMB', maxPoints: 4, nationalCode: 'PUBLIC_UPDATE_ON_TIME' },
      f(p.published, p.total),
      (r) => POINTS.linear(4, r),
    ),
    p.withFullContent === undefined
      ? unavailable(fullContent, 'CONTENT_NOT_RECORDED')
      : indicator({ ...fullContent, nationalCode: 'PUBLIC_CONTENT_FULL' }, f(p.withFullContent, p.total), (r) =>
          POINTS.linear(2, r),
        ),
    c.portalSync
      ? indicator(sync, f(c.portalSync.reached, c.portalSync.due), (r) => POINTS.linear(6, r))
      : unavailable(sync, 'PORTAL_SYNC_NOT_BUILT'),
  ];
}

/** The online-service tile (12): procedures offered online (3.1) and dossiers received online (3.3), our reading. */
function onlineService(c: Index766Counts, config: Index766Config): IndicatorResult[] {
  const tile = config.onlineService;
  return [
    indicator(
      {
        id: '3.1',
        name: 'Thủ tục cung cấp dịch vụ trực tuyến',
        group: 'DVTT',
        maxPoints: tile.proceduresPoints,
        ourReading: true,
      },
      f(c.procedures.offeredOnline, c.procedures.total),
      (r) => POINTS.fullAt(tile.proceduresPoints, r, tile.proceduresFullAt),
    ),
    indicator(
      { id: '3.3', name: 'Hồ sơ trực tuyến', group: 'DVTT', maxPoints: tile.dossiersPoints, ourReading: true },
      f(c.online, c.received),
      (r) => POINTS.fullAt(tile.dossiersPoints, r, tile.dossiersFullAt),
    ),
  ];
}

/** MDSH (22): e-results, digitisation and reuse, the personal data store, population data, certified copies. */
function digitisation(c: Index766Counts, config: Index766Config): IndicatorResult[] {
  const capped = (max: number) => (r: number) => POINTS.capped(max, r);
  const personalStore = {
    id: '4.4',
    name: 'Kết quả điện tử đồng bộ vào kho dữ liệu cá nhân',
    group: 'SHHS',
    maxPoints: 4,
    nationalCode: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
  } as const;
  return [
    indicator(
      {
        id: '4.1',
        name: 'Hồ sơ có kết quả điện tử',
        group: 'SHHS',
        maxPoints: 6,
        nationalCode: 'ORIGINAL_RESULT_AVAILABLE',
      },
      f(c.eResult, c.returnsDocument),
      capped(6),
    ),
    indicator(
      { id: '4.2', name: 'Hồ sơ được số hóa', group: 'SHHS', maxPoints: 4, nationalCode: 'SO_HOA_GIAY_TO_GIAI_QUYET' },
      f(c.digitised, c.received),
      capped(4),
    ),
    indicator(
      {
        id: '4.3',
        name: 'Hồ sơ tái sử dụng dữ liệu số hóa',
        group: 'SHHS',
        maxPoints: 2,
        nationalCode: 'REUSED_DIGITIZED_DATA',
      },
      f(c.reusedData, c.received),
      (r) => POINTS.fullAt(2, r, config.reusedDataFullAt),
    ),
    c.personalStore
      ? indicator(personalStore, f(c.personalStore.pushed, c.personalStore.eResults), capped(4))
      : unavailable(personalStore, 'PERSONAL_STORE_NOT_BUILT'),
    indicator(
      {
        id: '4.5',
        name: 'Hồ sơ khai thác dữ liệu dân cư',
        group: 'SHHS',
        maxPoints: 2,
        nationalCode: 'CITIZEN_DATA_CONNECTED_DOSSIER',
      },
      f(c.populationData, c.received),
      capped(2),
    ),
    indicator(
      {
        id: '4.6',
        name: 'Thủ tục khai thác dữ liệu dân cư',
        group: 'SHHS',
        maxPoints: 2,
        nationalCode: 'CITIZEN_DATA_CONNECTED_FORMALITY',
      },
      f(c.procedures.withPopulationDataDossiers, c.procedures.total),
      capped(2),
    ),
    indicator(
      { id: '4.7', name: 'Chứng thực điện tử', group: 'SHHS', maxPoints: 2, nationalCode: 'ELECTRONIC_CERTIFIED_COPY' },
      f(c.certifiedCopiesElectronic, c.certifiedCopies),
      capped(2),
    ),
  ];
}

/**
 * MDHL (18): feedback answered on time (5.2) and to the sender's satisfaction (5.3), each 6 × r/100 and
 * 6 when the unit received none; satisfaction with dossiers (5.4), 0 when there is no dossier.
 */
function satisfaction(c: Index766Counts, config: Index766Config): IndicatorResult[] {
  const onTime = {
    id: '5.2',
    name: 'Phản ánh, kiến nghị xử lý đúng hạn',
    group: 'MDHL',
    maxPoints: 6,
    nationalCode: 'PETITION_PROCESSING_ON_TIME',
  } as const;
  const handled = {
    id: '5.3',
    name: 'Hài lòng với xử lý phản ánh, kiến nghị',
    group: 'MDHL',
    maxPoints: 6,
    nationalCode: 'PETITION_HANDLING_SATISFACTION',
  } as const;
  const fb = c.feedback;
  const noneReceived = { ratio: null, points: 6 };
  const satisfied = Math.max(0, c.processed - c.late - c.notSatisfied - (fb?.dossiersWithFeedback ?? 0));
  return [
    ...feedbackClassification(fb),
    fb
      ? indicator(onTime, f(fb.onTimeOrInTime, fb.received), (r) => POINTS.linear(6, r), noneReceived)
      : unavailable(onTime, 'FEEDBACK_BY_AGENCY_ONLY'),
    fb
      ? indicator(
          handled,
          f(Math.max(0, fb.received - fb.unsatisfied - fb.raisedAgain - fb.overdue), fb.received),
          (r) => POINTS.linear(6, r),
          noneReceived,
        )
      : unavailable(handled, 'FEEDBACK_BY_AGENCY_ONLY'),
    // 100 % − (late ratio + ratio of dossiers rated "not satisfied" or that drew feedback).
    indicator(
      {
        id: '5.4',
        name: 'Mức độ hài lòng giải quyết TTHC',
        group: 'MDHL',
        maxPoints: 6,
        nationalCode: 'DOSSIER_RECEIVING_SATISFACTION',
      },
      f(satisfied, c.processed),
      (r) => POINTS.fullAt(6, r, config.satisfactionFullAt),
      { ratio: null, points: 0 },
    ),
  ];
}

/** 5.1: feedback received by class, about procedures (TTHC) and about staff (cán bộ); counts shown, no points. */
function feedbackClassification(fb: FeedbackCounts | undefined): IndicatorResult[] {
  const classes = [
    { id: '5.1a', name: 'Phản ánh, kiến nghị về quy định TTHC', nationalCode: 'PETITION_CLASSIFICATION_TTHC' },
    { id: '5.1b', name: 'Phản ánh, kiến nghị về cán bộ', nationalCode: 'PETITION_CLASSIFICATION_STAFF' },
  ] as const;
  return classes.map((c, i) => {
    const spec = { ...c, group: 'MDHL' as const, maxPoints: 0 };
    if (!fb) return unavailable(spec, 'FEEDBACK_BY_AGENCY_ONLY');
    const count = i === 0 ? fb.aboutProcedure : fb.aboutStaff;
    return { ...spec, numerator: count, denominator: fb.received, ratio: percent(f(count, fb.received)), points: 0 };
  });
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
  const spec = {
    id: '3.6',
    name: 'Thanh toán trực tuyến',
    group: 'DVTT' as const,
    maxPoints: 10,
    nationalCode: 'TTTT',
  };
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
    // The dashboard rounds each term before adding them (national-sync.md, "Rounding").
    points: roundScore(roundScore(6 * a) + roundScore(Math.min(2, 2.5 * b)) + roundScore(2.5 * cc)),
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
  populationData: 0,
  certifiedCopies: 0,
  certifiedCopiesElectronic: 0,
};
const NO_PROCEDURES: CatalogueCounts = {
  total: 0,
  published: 0,
  publishedOnTime: 0,
  offeredOnline: 0,
  withFees: 0,
  withOnlinePayment: 0,
  withFeeDossiers: 0,
  withPopulationDataDossiers: 0,
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
