import type { Timeliness } from '../dossier/timeliness';

/** Where a dossier stands for timeliness statistics at an instant (domain.md §3.7). */
export type TimelinessBucket = Timeliness | 'inTime' | 'overdue';

/**
 * Finished dossiers keep their class (early, on time, late). A dossier still in progress counts as on
 * time while before its statistical due date (`inTime`), as late after it (`overdue`). The statistical
 * due date ignores apologies and unjustified pauses, so neither makes a late dossier on time.
 */
export function timelinessBucketAt(
  dossier: { readonly timeliness?: Timeliness; readonly statisticalDueAt?: string },
  asOf: Date,
): TimelinessBucket | undefined {
  if (dossier.timeliness) return dossier.timeliness;
  if (!dossier.statisticalDueAt) return undefined;
  return asOf.getTime() <= Date.parse(dossier.statisticalDueAt) ? 'inTime' : 'overdue';
}

/** Buckets that count as "on time" in indicator 2.1. */
export function countsOnTime(bucket: TimelinessBucket | undefined): boolean {
  return bucket === 'early' || bucket === 'onTime' || bucket === 'inTime';
}
