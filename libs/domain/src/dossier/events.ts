import type { InternalProcess } from '../process/internal-process';
import type { PauseNotice, PauseReasonCode, PortalAcknowledgement, ResultDocument, Slip } from './commands';
import type { IssuedSlip } from '../slips/issued-slips';
import type { RuleSet } from './rule-sets';
import type { Timeliness } from './timeliness';
import type { Applicant, AttachedDocument, Channel, DossierComponent, ProcedureTerms } from './vocabulary';

/** Kinds of actions supervisors spot-check (kiểm tra ngẫu nhiên). */
export type AuditedActionKind =
  'pause' | 'supplementRequest' | 'completionRequest' | 'cancellation' | 'reassignment' | 'sendBack';

/** A step a dossier enters: its unit, its working time and deadline. */
export interface StepEntry {
  readonly stepId: string;
  readonly unit: string;
  readonly budgetMinutes: number;
  readonly deadline: string;
}

/**
 * Domain events of a dossier: facts, stored forever (never renamed or reinterpreted; a change of
 * shape is a new schema version with an upcaster). Every event has `at`, the business instant of
 * the fact (ISO-8601 UTC); for a timer fact it is the exact deadline, not when a worker noticed.
 * Deadlines computed on the calendar are recorded in the events that set them, so read models
 * and replays never need a calendar.
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
        /**
         * The internal process in force at acceptance, each step's working minutes out of this dossier's
         * duration, and the first step (the desk, held by the accepting officer). Absent before processes existed.
         */
        process?: InternalProcess;
        stepBudgets?: number[];
        firstStep?: StepEntry & { receivedBy: string };
      }
    >
  | Event<'AcceptanceWindowBreached', { acceptanceDeadline: string }>
  | Event<'CompletionRequested', { actionId: string; reason: string; missingComponents: string[]; slip?: Slip }>
  | Event<'DossierRefused', { reason: string; slip?: Slip }>
  | Event<
      'SupplementRequested',
      { actionId: string; reason: string; missingComponents: string[]; slip?: Slip; supplementDueAt?: string }
    >
  | Event<
      'SupplementReceived',
      {
        components: DossierComponent[];
        stage: 'receipt' | 'processing';
        /** Receipt stage: the fresh acceptance window. */
        acceptanceDeadline?: string;
        /** Processing stage: working minutes the clock stood still, and the moved due dates. */
        stoppedWorkingMinutes?: number;
        dueAt?: string;
        statisticalDueAt?: string;
        rescheduledAt?: string;
        /** The procedure restarts the clock on a supplement: `dueAt` is a full duration from now. */
        restartedClock?: boolean;
        /** The deadline of the step in progress, moved like the due date. */
        stepDeadline?: string;
      }
    >
  | Event<
      'ProcessingPaused',
      {
        actionId: string;
        reasonCode: PauseReasonCode;
        reason: string;
        attachment: AttachedDocument;
        notice: PauseNotice;
      }
    >
  | Event<
      'ProcessingResumed',
      {
        actionId: string;
        stoppedWorkingMinutes: number;
        dueAt: string;
        statisticalDueAt: string;
        rescheduledAt?: string;
        stepDeadline?: string;
      }
    >
  | Event<'ApologyReminderRaised', { dueAt: string }>
  | Event<'DossierOverdue', { dueAt: string }>
  | Event<
      'ApologyIssued',
      {
        reason: string;
        rescheduledAt: string;
        /** A signed scan the caller filed (events before motcua issued the apology itself always have one). */
        slip?: Slip;
        late: boolean;
        /** The unit that answers for the delay (its head signs the apology), from the step that was late. */
        responsibleUnit?: string;
        responsibleStepId?: string;
      }
    >
  | Event<'RescheduledAppointmentMissed', { rescheduledAt: string }>
  | Event<
      'ResultIssued',
      {
        decision: 'approved' | 'refused';
        documents: ResultDocument[];
        reason?: string;
        timeliness: Timeliness;
        /** Working days the clock ran (766 indicator 2.2); absent in events recorded before it was kept. */
        processingWorkingDays?: number;
      }
    >
  | Event<'ResultReturned', { method: 'desk' | 'post' | 'online'; stepResult?: Timeliness }>
  | Event<'WithdrawalRequested', { reason: string }>
  | Event<
      'DossierStopped',
      {
        reasonCode: 'WITHDRAWN' | 'AGENCY_DECISION' | 'SUPPLEMENT_NOT_RECEIVED';
        reason: string;
        slip?: Slip;
        timeliness?: Timeliness;
        /** After acceptance: working days the clock ran (766 indicator 2.2). */
        processingWorkingDays?: number;
        /** The step in progress ends with the dossier: its result. */
        stepResult?: Timeliness;
      }
    >
  | Event<'DossierCancelled', { actionId: string; reason: string }>
  | Event<'SatisfactionRated', { satisfied: boolean; comment?: string }>
  | Event<
      'AuditedActionReviewed',
      {
        actionId: string;
        kind: AuditedActionKind;
        verdict: 'justified' | 'unjustified';
        note: string;
        /** When the verdict changes the due date used for statistics: the new one, and the new class. */
        statisticalDueAt?: string;
        timeliness?: Timeliness;
      }
    >
  | Event<
      'DeadlinesRecomputed',
      {
        revision: string;
        acceptanceDeadline?: string;
        dueAt?: string;
        statisticalDueAt?: string;
        stepDeadline?: string;
      }
    >
  | Event<
      'DossierHandedOver',
      StepEntry & {
        /** The visit that ends, its result against its deadline, and who handed the dossier over. */
        fromSeq: number;
        fromStepId: string;
        result: Timeliness;
        by: string;
        toOfficer?: string;
        note?: string;
      }
    >
  | Event<'DossierReceived', { seq: number; stepId: string; by: string }>
  | Event<
      'DossierReassigned',
      { actionId: string; seq: number; stepId: string; fromOfficer?: string; toOfficer: string; reason: string }
    >
  | Event<
      'DossierSentBack',
      StepEntry & {
        actionId: string;
        fromSeq: number;
        fromStepId: string;
        result: Timeliness;
        by: string;
        reason: string;
      }
    >
  | Event<'StepOverdue', { seq: number; stepId: string; unit: string; deadline: string }>
  /** A paper motcua issued (receipt, requests, refusal, apology, stop notice): form, number, hash, file. */
  | Event<'SlipIssued', IssuedSlip>
  /** The national portal acknowledged the dossier's record or its e-result (the outbox message, when). */
  | Event<'PortalAcknowledged', { acknowledged: PortalAcknowledgement; messageId: string; acknowledgedAt: string }>;

export type DossierEventType = DossierEvent['type'];
type Event<T extends string, D> = { readonly type: T; readonly data: Readonly<D & { at: string }> };

/** The event of a given type. */
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;
