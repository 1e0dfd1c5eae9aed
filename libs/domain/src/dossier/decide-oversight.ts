/** Decisions of the engine and of supervisors: timer facts, audit reviews, calendar revisions. */
import { WorkingCalendar } from '../calendar/working-calendar';
import type { CommandOf } from './commands';
import { acceptanceDeadlineOf, dueDatesOf } from './deadlines';
import type { DossierEvent } from './events';
import { dueDeadline, ensureText, type DecisionContext } from './guards';
import { ensure } from './refusal';
import { ruleSetById } from './rule-sets';
import type { DossierState } from './state';
import { timelinessOf } from './timeliness';
import { STATUS } from './vocabulary';
import { currentVisit, visitDeadline } from '../process/step-visits';

export function remindApology(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const deadline = dueDeadline(state, context, 'RemindApology', at);
  return [{ type: 'ApologyReminderRaised', data: { at: deadline.at, dueAt: state.dueAt! } }];
}

export function markOverdue(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const deadline = dueDeadline(state, context, 'MarkOverdue', at);
  return [{ type: 'DossierOverdue', data: { at: deadline.at, dueAt: deadline.at } }];
}

export function markAppointmentMissed(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const deadline = dueDeadline(state, context, 'MarkAppointmentMissed', at);
  return [{ type: 'RescheduledAppointmentMissed', data: { at: deadline.at, rescheduledAt: deadline.at } }];
}

/**
 * A supervisor's verdict on a pause, supplementation request or cancellation. An unjustified pause no
 * longer extends the due date used for statistics; a finished dossier's timeliness is reclassified.
 */
export function review(
  command: CommandOf<'ReviewAuditedAction'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  const action = state.auditedActions.find((a) => a.id === command.actionId);
  ensure(action, 'AUDITED_ACTION_NOT_FOUND', `dossier ${state.dossierCode} has no audited action ${command.actionId}`);
  ensure(!action.verdict, 'ALREADY_REVIEWED', `${action.id} was already judged ${action.verdict}`);
  ensure(
    command.verdict === 'justified' || command.verdict === 'unjustified',
    'INVALID_COMMAND',
    'the verdict is justified or unjustified',
  );
  const note = ensureText(command.note, 'REASON_REQUIRED', 'a review note');
  const base = { at: at.toISOString(), actionId: action.id, kind: action.kind, verdict: command.verdict, note };
  if (command.verdict === 'justified' || action.kind !== 'pause' || !state.clockStartedAt) {
    return [{ type: 'AuditedActionReviewed', data: base }];
  }
  const judged: DossierState = {
    ...state,
    auditedActions: state.auditedActions.map((a) => (a.id === action.id ? { ...a, verdict: 'unjustified' } : a)),
  };
  const { statisticalDueAt } = dueDatesOf(judged, context.calendar);
  const timeliness = state.finishedAt
    ? timelinessOf(context.calendar, new Date(state.finishedAt), new Date(statisticalDueAt))
    : undefined;
  return [
    { type: 'AuditedActionReviewed', data: { ...base, statisticalDueAt, ...(timeliness ? { timeliness } : {}) } },
  ];
}

/**
 * A revised unit calendar (e.g. a newly confirmed year) recomputes the deadlines still pending:
 * the acceptance window if not yet breached, the due dates if not yet overdue. What already
 * happened (recorded breaches, overdue facts, printed receipts) is never rewritten.
 */
export function recomputeDeadlines(
  command: CommandOf<'RecomputeDeadlines'>,
  state: DossierState,
  at: Date,
): DossierEvent[] {
  const calendar = new WorkingCalendar(command.calendar);
  const changes: { acceptanceDeadline?: string; dueAt?: string; statisticalDueAt?: string; stepDeadline?: string } = {};
  if (
    state.stage === 'receipt' &&
    state.status === STATUS.submitted &&
    state.acceptanceDeadline &&
    !state.acceptanceWindowBreached
  ) {
    const ruleSet = ruleSetById(state.ruleSetId!);
    const deadline = acceptanceDeadlineOf(calendar, ruleSet, new Date(state.acceptanceWindowStartedAt!)).toISOString();
    if (deadline !== state.acceptanceDeadline) changes.acceptanceDeadline = deadline;
  }
  if (state.stage === 'processing' && !state.overdue) {
    const dates = dueDatesOf(state, calendar);
    if (dates.dueAt !== state.dueAt) changes.dueAt = dates.dueAt;
    if (dates.statisticalDueAt !== state.statisticalDueAt) changes.statisticalDueAt = dates.statisticalDueAt;
    const visit = currentVisit(state);
    const stepDeadline = visit && !visit.overdue ? visitDeadline(state, visit, calendar) : undefined;
    if (stepDeadline && stepDeadline !== visit!.deadline) changes.stepDeadline = stepDeadline;
  }
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'DeadlinesRecomputed', data: { at: at.toISOString(), revision: command.revision, ...changes } }];
}
