/**
 * Decision 766/QĐ-TTg indicators (domain.md §4) as pure functions of counts: each returns its
 * numerator, denominator, ratio (percent), points and maximum, or "no data" with the reason.
 * Point functions reproduce the national dashboard's from the same counts; they are versioned
 * configuration ({@link Index766Config}), the dashboard's score being the reference.
 */

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
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent, unrounded (round to two decimals for display only); null when there is no data. */
  readonly ratio: number | null;
  /** Points earned; null when there is no data or the dashboard's function is not known. */
  readonly points: number | null;
  readonly maxPoints: number;
  /** Why `points` or `ratio` is null. */
  readonly noData?: string;
}

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
      noData: whenEmpty ? undefined : 'no dossier or procedure in the denominator for this period',
    };
  }
  return { ...spec, ...fraction, ratio, points: points(ratio) };
}

/** An indicator whose source does not exist yet (portal sync, feedback): reported as no data, with the reason. */
export function unavailable(spec: Spec, reason: string): IndicatorResult {
  return { ...spec, numerator: null, denominator: null, ratio: null, points: null, noData: reason };
}
