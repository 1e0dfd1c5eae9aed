import type { WorkingCalendar } from '../calendar/working-calendar';
import { startOfReportingDay } from '../calendar/reporting-days';
import type { CatalogueCounts } from './scorecard';

/** What the 766 index reads of a catalogue procedure. */
export interface ProcedureForIndex {
  readonly code: string;
  readonly fee: number;
  readonly onlineLevel: 'full' | 'partial' | 'none';
  readonly onlinePayment: boolean;
  /** `YYYY-MM-DD`. */
  readonly publishedAt?: string;
  readonly effectiveFrom?: string;
}

/**
 * A province publishes a procedure at least five working days before it takes effect (Decree
 * 63/2010 as amended by Decree 92/2017, art. 15; domain.md §4): our reading of "on time" for 1.1.
 */
export const PUBLICATION_LEAD_WORKING_DAYS = 5;

/** The procedures (by code) that had, in the period, a dossier with a fee, and one that took population data. */
export interface ProceduresWithDossiers {
  readonly withFee: ReadonlySet<string>;
  readonly populationData: ReadonlySet<string>;
}

/**
 * Catalogue counts of one unit on `date` (1.1, 1.2, 3.1, 3.6's B and C, 4.6). Procedures count once in
 * force (no effective date, or one on or before `date`). 1.3 stays "no data": the catalogue does not
 * record the seven published components yet. 4.6 (procedures connected to population data) is our
 * reading of "procedures that used it ÷ all": those in force with a dossier that took it in the period.
 */
export function catalogueCounts(
  procedures: readonly ProcedureForIndex[],
  date: string,
  calendar: WorkingCalendar,
  withDossiers: ProceduresWithDossiers,
): CatalogueCounts {
  const inForce = procedures.filter((p) => !p.effectiveFrom || p.effectiveFrom <= date);
  const withFees = inForce.filter((p) => p.fee > 0);
  const count = (list: readonly ProcedureForIndex[], test: (p: ProcedureForIndex) => boolean) =>
    list.filter(test).length;
  return {
    total: inForce.length,
    published: count(inForce, (p) => p.publishedAt !== undefined && p.publishedAt <= date),
    publishedOnTime: count(inForce, (p) => publishedOnTime(p, calendar)),
    offeredOnline: count(inForce, (p) => p.onlineLevel !== 'none'),
    withFees: withFees.length,
    withOnlinePayment: count(withFees, (p) => p.onlinePayment),
    withFeeDossiers: count(withFees, (p) => withDossiers.withFee.has(p.code)),
    withPopulationDataDossiers: count(inForce, (p) => withDossiers.populationData.has(p.code)),
  };
}

/** Published at least {@link PUBLICATION_LEAD_WORKING_DAYS} full working days before the day it takes effect. */
export function publishedOnTime(p: ProcedureForIndex, calendar: WorkingCalendar): boolean {
  if (!p.publishedAt || !p.effectiveFrom) return false;
  const deadline = calendar.addWorkingDays(startOfReportingDay(p.publishedAt), PUBLICATION_LEAD_WORKING_DAYS);
  return deadline.getTime() <= startOfReportingDay(p.effectiveFrom).getTime();
}
