/**
 * Decision 766/QĐ-TTg indicators (domain.md §4) as pure functions of counts: each returns its
 * numerator, denominator, ratio (percent), points and maximum, or "no data" with the reason.
 * Point functions reproduce the national dashboard's from the same counts; they are versioned
 * configuration ({@link Index766Config}), the dashboard's score being the reference.
 */
import { roundScore } from './rounding';

/** The five groups of the index and their weights (100 points). */
export const GROUPS = {
  CKMB: { name: 'Công khai, minh bạch', max: 18 },
  TDGQ: { name: 'Tiến độ, kết quả giải quyết', max: 20 },
  DVTT: { name: 'Cung cấp dịch vụ trực tuyến', max: 22 },
  MDHL: { name: 'Mức độ hài lòng', max: 18 },
  SHHS: { name: 'Số hóa hồ sơ', max: 22 },
} as const;
export type GroupId = keyof typeof GROUPS;

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly group: GroupId;
  /** The national dashboard's code for it, where known (e.g. `DOSSIER_SYNC`). */
  readonly nationalCode?: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent, unrounded (round to two decimals for display only); null when there is no data. */
  readonly ratio: number | null;
  /** Points earned, rounded half-up to two decimals as the dashboard rounds; null when there is no data. */
  readonly points: number | null;
  readonly maxPoints: number;
  /** Scored by our reading of an unpublished national function (versioned configuration), not the dashboard's. */
  readonly ourReading?: true;
  /** Why `points` or `ratio` is null. */
  readonly noData?: NoDataReason;
}

/**
 * Why an indicator shows no data or no points: stable codes, which reports and the web app put in
 * their own words (Vietnamese notes in the API's CSV tables).
 */
export const NO_DATA_REASONS = [
  /** No dossier or procedure in the denominator for the period. */
  'EMPTY_DENOMINATOR',
  /** 1.3: the catalogue does not record the seven published components of a procedure yet. */
  'CONTENT_NOT_RECORDED',
  /** 1.4: dossiers are not synchronised to the national portal yet. */
  'PORTAL_SYNC_NOT_BUILT',
  /** 4.4: e-results are not pushed to the applicants' personal data stores on the portal yet. */
  'PERSONAL_STORE_NOT_BUILT',
  /** 5.1–5.3: feedback belongs to an agency; a scope narrowed to a procedure or a channel has none to count. */
  'FEEDBACK_BY_AGENCY_ONLY',
  /** 2.2: no dossier finished in the period. */
  'NOTHING_FINISHED',
  /** 3.6: no fee in the period. */
  'NO_FEES',
] as const;
export type NoDataReason = (typeof NO_DATA_REASONS)[number];

/** A numerator over a denominator; the ratio in percent, null when the denominator is zero. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

export function percent({ numerator, denominator }: Fraction): number | null {
  return denominator === 0 ? null : (100 * numerator) / denominator;
}

/** Point functions observed on the national dashboard (r in percent). */
export const POINTS = {
  /** max × r / 100 (publicity items, portal sync). */
  linear: (max: number, r: number) => (max * r) / 100,
  /** min(max, max × r / 100) (digitisation items). */
  capped: (max: number, r: number) => Math.min(max, (max * r) / 100),
  /** min(max, max × r / threshold): full marks at `threshold` percent. */
  fullAt: (max: number, r: number, threshold: number) => Math.min(max, (max * r) / threshold),
} as const;

interface Spec {
  readonly id: string;
  readonly name: string;
  readonly group: GroupId;
  readonly maxPoints: number;
  readonly nationalCode?: string;
  readonly ourReading?: true;
}

/** An indicator scored by `points(ratio)`; a zero denominator is "no data" (null) unless `whenEmpty` says otherwise. */
export function indicator(
  spec: Spec,
  fraction: Fraction,
  points: (r: number) => number,
  whenEmpty?: { readonly ratio: number | null; readonly points: number },
): IndicatorResult {
  const ratio = percent(fraction);
  if (ratio === null) {
    return {
      ...spec,
      ...fraction,
      ratio: whenEmpty?.ratio ?? null,
      points: whenEmpty?.points ?? null,
      noData: whenEmpty ? undefined : 'EMPTY_DENOMINATOR',
    };
  }
  return { ...spec, ...fraction, ratio, points: roundScore(points(ratio)) };
}

/** An indicator whose source does not exist yet (portal sync, feedback): reported as no data, with the reason. */
export function unavailable(spec: Spec, reason: NoDataReason): IndicatorResult {
  return { ...spec, numerator: null, denominator: null, ratio: null, points: null, noData: reason };
}
