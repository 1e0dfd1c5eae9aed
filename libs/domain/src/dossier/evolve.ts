import type { DossierEvent, EventOf } from './events';
import { applyProcessEvent, withCurrentVisit, withVisitFinished } from '../process/evolve-process';
import { initialState, withAuditedAction, type DossierState } from './state';
import { STATUS } from './vocabulary';
import { withSlipsOf } from '../slips/issued-slips';
import { certifiedCopiesOf, isVerifiedEResult } from './e-result';

/** Folds one event into the state. Total: every event type is handled (exhaustive switch). */
export function evolve(state: DossierState, event: DossierEvent): DossierState {
  const version = state.version + 1;
  // Papers and the portal's acknowledgements are not changes a person acts on (If-Match still holds).
  const changedAtVersion =
    event.type === 'SlipIssued' || event.type === 'PortalAcknowledged' ? state.changedAtVersion : version;
  return {
    ...withSlipsOf(applyEvent(state, event), event, version),
    lastEventAt: event.data.at,
    version,
    changedAtVersion,
  };
}

/**
 * Whether a person who saw `seen` saw the dossier as it stands: nothing but papers motcua issued came
 * after (they follow their command by milliseconds and change nothing a person decides on).
 */
export function isCurrentFor(state: DossierState, seen: number): boolean {
  return seen >= state.changedAtVersion && seen <= state.version;
}

/** The state after a whole stream of events. */
export function foldEvents(events: readonly DossierEvent[], from: DossierState = initialState()): DossierState {
  return events.reduce(evolve, from);
}

function applyEvent(state: DossierState, event: DossierEvent): DossierState {
  switch (event.type) {
    case 'DossierSubmitted': {
      const d = event.data;
      return {
        ...state,
        dossierCode: d.dossierCode,
        agencyCode: d.agencyCode,
        channel: d.channel,
        procedure: d.procedure,
        ruleSetId: d.ruleSetId,
        applicant: d.applicant,
        components: d.components,
        fee: d.fee,
        paidOnline: d.paidOnline,
        status: STATUS.submitted,
        stage: 'receipt',
        submittedAt: d.at,
        acceptanceWindowStartedAt: d.at,
        acceptanceDeadline: d.acceptanceDeadline,
      };
    }
    case 'DossierAccepted':
      return {
        ...state,
        status: STATUS.accepted,
        stage: 'processing',
        acceptedAt: event.data.at,
        acceptedLate: event.data.late,
        clockStartedAt: event.data.at,
        dueAt: event.data.dueAt,
        originalDueAt: event.data.dueAt,
        statisticalDueAt: event.data.dueAt,
        process: event.data.process,
        stepBudgets: event.data.stepBudgets,
        stepVisits: event.data.firstStep
          ? [
              {
                seq: 1,
                stepId: event.data.firstStep.stepId,
                unit: event.data.firstStep.unit,
                startedAt: event.data.at,
                receivedBy: event.data.firstStep.receivedBy,
                receivedAt: event.data.at,
                budgetMinutes: event.data.firstStep.budgetMinutes,
                deadline: event.data.firstStep.deadline,
                overdue: false,
              },
            ]
          : [],
      };
    case 'AcceptanceWindowBreached':
      return { ...state, acceptanceWindowBreached: true };
    case 'CompletionRequested':
      return {
        ...withAuditedAction(state, event.data.actionId, 'completionRequest', event.data.at, event.data.reason),
        status: STATUS.supplementRequested,
        supplementCount: state.supplementCount + 1,
      };
    case 'DossierRefused':
      return { ...state, status: STATUS.refusedAtReceipt, stage: 'closed' };
    case 'SupplementRequested':
      return {
        ...withAuditedAction(state, event.data.actionId, 'supplementRequest', event.data.at, event.data.reason),
        status: STATUS.supplementRequested,
        supplementCount: state.supplementCount + 1,
        clockStoppedBy: event.data.actionId,
        supplementDueAt: event.data.supplementDueAt,
      };
    case 'SupplementReceived': {
      const supplemented = { ...state, components: [...state.components, ...event.data.components] };
      return event.data.stage === 'receipt'
        ? {
            ...supplemented,
            status: STATUS.submitted,
            acceptanceWindowStartedAt: event.data.at,
            acceptanceDeadline: event.data.acceptanceDeadline,
            acceptanceWindowBreached: false,
          }
        : { ...clockRestarted(supplemented, event), supplementDueAt: undefined };
    }
    case 'ProcessingPaused':
      return {
        ...withAuditedAction(state, event.data.actionId, 'pause', event.data.at, event.data.reason),
        status:
          event.data.reasonCode === 'FINANCIAL_OBLIGATION' ? STATUS.awaitingFinancialObligation : STATUS.processing,
        clockStoppedBy: event.data.actionId,
      };
    case 'ProcessingResumed':
      return clockRestarted(state, event);
    case 'ApologyReminderRaised':
      return { ...state, apologyReminded: true };
    case 'DossierOverdue':
      return { ...state, overdue: true };
    case 'ApologyIssued':
      return {
        ...state,
        apologyUnit: event.data.responsibleUnit,
        rescheduledAt: event.data.rescheduledAt,
        apologyCount: state.apologyCount + 1,
        apologyLate: event.data.late,
      };
    case 'RescheduledAppointmentMissed':
      return { ...state, appointmentMissed: true };
    case 'ResultIssued':
      return {
        ...state,
        status: STATUS.resultIssued,
        stage: 'finished',
        finishedAt: event.data.at,
        timeliness: event.data.timeliness,
        processingWorkingDays: event.data.processingWorkingDays,
        resultDecision: event.data.decision,
        // An e-result has legal validity as an electronic document: it carries a digital signature (domain.md §3.6).
        eResult: event.data.documents.some(isVerifiedEResult),
        ...(event.data.documents.some((d) => d.certifiedCopy)
          ? { certifiedCopies: certifiedCopiesOf(event.data.documents) }
          : {}),
        clockStoppedBy: undefined,
      };
    case 'ResultReturned':
      return {
        ...withVisitFinished(state, event.data.at, event.data.stepResult),
        status: STATUS.resultReturned,
        stage: 'closed',
        returnedAt: event.data.at,
      };
    case 'WithdrawalRequested':
      return { ...state, status: STATUS.withdrawalRequested, withdrawalRequested: true };
    case 'DossierStopped':
      return {
        ...withVisitFinished(state, event.data.at, event.data.stepResult),
        status: STATUS.stopped,
        stage: 'closed',
        finishedAt: state.acceptedAt ? event.data.at : undefined,
        timeliness: event.data.timeliness,
        processingWorkingDays: event.data.processingWorkingDays,
        clockStoppedBy: undefined,
      };
    case 'DossierCancelled':
      return {
        ...withAuditedAction(state, event.data.actionId, 'cancellation', event.data.at, event.data.reason),
        status: STATUS.refusedAtReceipt,
        stage: 'closed',
        cancelled: true,
      };
    case 'SatisfactionRated':
      return { ...state, satisfied: event.data.satisfied, ratedAt: event.data.at };
    case 'AuditedActionReviewed':
      return reviewed(state, event);
    case 'DeadlinesRecomputed':
      return {
        ...state,
        acceptanceDeadline: event.data.acceptanceDeadline ?? state.acceptanceDeadline,
        dueAt: event.data.dueAt ?? state.dueAt,
        statisticalDueAt: event.data.statisticalDueAt ?? state.statisticalDueAt,
        stepVisits: withCurrentVisit(state, (v) => ({ ...v, deadline: event.data.stepDeadline ?? v.deadline })),
      };
    case 'SlipIssued':
      return state; // folded by withSlipsOf, like the papers every event may owe
    case 'PortalAcknowledged':
      return { ...state, portal: { ...state.portal, [event.data.acknowledged]: event.data.acknowledgedAt } };
    default:
      return applyProcessEvent(state, event);
  }
}

/** The clock runs again after a pause or a supplement: close the interval and take the moved dates. */
function clockRestarted(
  state: DossierState,
  event: EventOf<'ProcessingResumed'> | EventOf<'SupplementReceived'>,
): DossierState {
  const d = event.data;
  return {
    ...state,
    status: STATUS.processing,
    clockStoppedBy: undefined,
    clockStartedAt: 'restartedClock' in d && d.restartedClock ? d.at : state.clockStartedAt,
    dueAt: d.dueAt ?? state.dueAt,
    statisticalDueAt: d.statisticalDueAt ?? state.statisticalDueAt,
    rescheduledAt: d.rescheduledAt ?? state.rescheduledAt,
    stepVisits: withCurrentVisit(state, (v) => ({ ...v, deadline: d.stepDeadline ?? v.deadline })),
    auditedActions: state.auditedActions.map((a) =>
      a.id === state.clockStoppedBy ? { ...a, endedAt: d.at, stoppedWorkingMinutes: d.stoppedWorkingMinutes } : a,
    ),
  };
}

function reviewed(state: DossierState, event: EventOf<'AuditedActionReviewed'>): DossierState {
  const d = event.data;
  return {
    ...state,
    statisticalDueAt: d.statisticalDueAt ?? state.statisticalDueAt,
    timeliness: d.timeliness ?? state.timeliness,
    auditedActions: state.auditedActions.map((a) =>
      a.id === d.actionId ? { ...a, verdict: d.verdict, reviewedAt: d.at, reviewNote: d.note } : a,
    ),
  };
}
