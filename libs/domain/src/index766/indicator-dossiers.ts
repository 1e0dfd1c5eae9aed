import type { FactKind } from './dossier-facts';

/**
 * Which dossiers stand behind a figure, so every figure is explainable (drill-down):
 * - `facts`: dossiers with one of these facts dated in the period (flows: received, e-results, …);
 * - `processed`: dossiers processed in the period (carried over + received, see `periodFigures`),
 *   all of them, those on time or still in time at its end, or those late or overdue at its end.
 */
export type DossierSet =
  { readonly facts: readonly FactKind[] } | { readonly processed: 'all' | 'onTimeOrInTime' | 'lateOrOverdue' };

export const FINISHED_FACTS: readonly FactKind[] = ['finishedEarly', 'finishedOnTime', 'finishedLate'];

/** Parts of each indicator that can be listed. 5.4's numerator is a difference: list its parts instead. */
export const INDICATOR_DOSSIERS: Readonly<Record<string, Readonly<Record<string, DossierSet>>>> = {
  '2.1': { numerator: { processed: 'onTimeOrInTime' }, denominator: { processed: 'all' } },
  '2.2': { denominator: { facts: FINISHED_FACTS } },
  '3.3': { numerator: { facts: ['receivedOnline'] }, denominator: { facts: ['received'] } },
  '3.6': { numerator: { facts: ['paidOnline'] }, denominator: { facts: ['withFee'] } },
  '4.1': { numerator: { facts: ['eResult'] }, denominator: { facts: ['returnsDocument'] } },
  '4.2': { numerator: { facts: ['digitised'] }, denominator: { facts: ['received'] } },
  '4.3': { numerator: { facts: ['reusedData'] }, denominator: { facts: ['received'] } },
  '5.4': {
    denominator: { processed: 'all' },
    late: { processed: 'lateOrOverdue' },
    notSatisfied: { facts: ['notSatisfied'] },
  },
};
