import type { RuleSet } from './rule-sets';
import type { Channel, ProcedureTerms, StatusCode } from './vocabulary';

/** What everyone needs to know about one dossier, folded from its events. Instants are ISO-8601. */
export interface DossierState {
  readonly dossierCode?: string;
  readonly agencyCode?: string;
  readonly channel?: Channel;
  readonly procedure?: ProcedureTerms;
  readonly ruleSetId?: RuleSet['id'];
  /** National status code 1–10; 0 before submission. */
  readonly status: StatusCode | 0;
  readonly submittedAt?: string;
  /** End of the acceptance window (online dossiers). */
  readonly acceptanceDeadline?: string;
  readonly acceptanceWindowBreached: boolean;
  readonly acceptedAt?: string;
  readonly acceptedLate: boolean;
  /** Current due date: moved by paused working time. */
  readonly dueAt?: string;
  /** Due date as first appointed: kept for statistics whatever happens later. */
  readonly originalDueAt?: string;
  /** Instant of the last fact, so later commands cannot be back-dated before it. */
  readonly lastEventAt?: string;
  /** Number of events folded (the stream version). */
  readonly version: number;
}

export function initialState(): DossierState {
  return { status: 0, acceptanceWindowBreached: false, acceptedLate: false, version: 0 };
}
