import type { RuleSet } from './rule-sets';
import type { Applicant, Channel, DossierComponent, ProcedureTerms } from './vocabulary';

/**
 * Domain events of a dossier: facts, stored forever (never renamed or reinterpreted; a change of
 * shape is a new schema version with an upcaster). Every event has `at`, the business instant of
 * the fact (ISO-8601 UTC), which for timer facts is the exact deadline, not when a worker noticed.
 */
export type DossierEvent =
  | Event<
      'DossierSubmitted',
      {
        dossierCode: string;
        agencyCode: string;
        channel: Channel;
        procedure: ProcedureTerms;
        applicant: Applicant;
        components: DossierComponent[];
        /** Fee due, in VND (0 when free). */
        fee: number;
        paidOnline: boolean;
        ruleSetId: RuleSet['id'];
        /** Online dossiers: end of the 8-working-hour window; absent for desk and postal. */
        acceptanceDeadline?: string;
      }
    >
  | Event<
      'DossierAccepted',
      {
        /** Due date (ngày hẹn trả) printed on the receipt, Mẫu 01. */
        dueAt: string;
        /** True when accepted after the acceptance window closed. */
        late: boolean;
      }
    >
  | Event<'AcceptanceWindowBreached', { acceptanceDeadline: string }>;

export type DossierEventType = DossierEvent['type'];
type Event<T extends string, D> = { readonly type: T; readonly data: Readonly<D & { at: string }> };

/** The event of a given type. */
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;
