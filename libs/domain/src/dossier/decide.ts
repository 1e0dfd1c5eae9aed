import type { DossierCommand } from './commands';
import type { DossierEvent } from './events';
import { parseInstant, type DecisionContext } from './guards';
import {
  issueApology,
  issueResult,
  pause,
  rate,
  requestSupplement,
  requestWithdrawal,
  resume,
  returnResult,
  stop,
  stopForMissedSupplement,
} from './decide-processing';
import { markAppointmentMissed, markOverdue, recomputeDeadlines, remindApology, review } from './decide-oversight';
import {
  accept,
  cancel,
  receiveSupplement,
  recordAcceptanceWindowBreach,
  refuse,
  requestCompletion,
  submit,
} from './decide-receipt';
import { dueDeadline } from './guards';
import { handOver, markStepOverdue, reassign, receive, sendBack } from '../process/decide-process';
import { ensure } from './refusal';
import { recordIssuedSlip } from '../slips/issued-slips';
import type { DossierState } from './state';

export type { DecisionContext } from './guards';

/** Commands still possible on a closed dossier (refused at receipt, stopped, cancelled, returned). */
const AFTER_CLOSING: readonly DossierCommand['type'][] = [
  'RateSatisfaction',
  'ReviewAuditedAction',
  'RecordIssuedSlip',
  'RecordPortalAcknowledgement',
];

/**
 * Decides which events a command produces in the current state, or throws a {@link DossierRefusal}
 * with a stable code. Pure: the instant comes with the command, the calendar with the context.
 * May return no event (a calendar revision that changes nothing).
 */
export function decide(command: DossierCommand, state: DossierState, context: DecisionContext): DossierEvent[] {
  const at = parseInstant(command.at);
  if (command.type !== 'SubmitDossier') {
    ensure(state.status !== 0, 'NOT_SUBMITTED', 'the dossier has not been submitted');
    ensure(
      state.stage !== 'closed' || AFTER_CLOSING.includes(command.type),
      'DOSSIER_CLOSED',
      `dossier ${state.dossierCode} is closed`,
      {
        dossierStatus: state.status || undefined,
      },
    );
    // Timer facts carry their deadline instant, which may precede a command that raced them.
    ensure(
      command.actor.role === 'system' || !state.lastEventAt || at.getTime() >= Date.parse(state.lastEventAt),
      'INSTANT_BEFORE_LAST_EVENT',
      `the command's instant ${command.at} is before the dossier's last fact ${state.lastEventAt}`,
    );
  }
  switch (command.type) {
    case 'SubmitDossier':
      return submit(command, state, context, at);
    case 'AcceptDossier':
      return accept(command, state, context, at);
    case 'RequestCompletion':
      return requestCompletion(command, state, at);
    case 'RefuseDossier':
      return refuse(command, state, at);
    case 'CancelDossier':
      return cancel(command, state, at);
    case 'ReceiveSupplement':
      return receiveSupplement(command, state, context, at);
    case 'RequestSupplement':
      return requestSupplement(command, state, context, at);
    case 'PauseProcessing':
      return pause(command, state, at);
    case 'ResumeProcessing':
      return resume(state, context, at);
    case 'IssueApology':
      return issueApology(command, state, context, at);
    case 'IssueResult':
      return issueResult(command, state, context, at);
    case 'ReturnResult':
      return returnResult(command, state, context, at);
    case 'RequestWithdrawal':
      return requestWithdrawal(command, state, at);
    case 'StopProcessing':
      return stop(command, state, context, at);
    case 'RateSatisfaction':
      return rate(command, state, at);
    case 'ReviewAuditedAction':
      return review(command, state, context, at);
    case 'RecordAcceptanceWindowBreach':
      return recordAcceptanceWindowBreach(state, context, at);
    case 'RemindApology':
      return remindApology(state, context, at);
    case 'MarkOverdue':
      return markOverdue(state, context, at);
    case 'MarkAppointmentMissed':
      return markAppointmentMissed(state, context, at);
    case 'StopForMissedSupplementDeadline':
      return stopForMissedSupplement(state, context, new Date(dueDeadline(state, context, command.type, at).at));
    case 'RecomputeDeadlines':
      return recomputeDeadlines(command, state, at);
    case 'HandOverDossier':
      return handOver(command, state, context, at);
    case 'ReceiveDossier':
      return receive(command, state, at);
    case 'ReassignDossier':
      return reassign(command, state, at);
    case 'SendBackDossier':
      return sendBack(command, state, context, at);
    case 'MarkStepOverdue':
      return markStepOverdue(state, context, at);
    case 'RecordIssuedSlip':
      return recordIssuedSlip(command, state, at);
    case 'RecordPortalAcknowledgement':
      return recordPortalAcknowledgement(command, state, at);
  }
}

/** The portal's first acknowledgement of each kind is the fact; a relayed one again (a retry) adds nothing. */
function recordPortalAcknowledgement(
  command: Extract<DossierCommand, { type: 'RecordPortalAcknowledgement' }>,
  state: DossierState,
  at: Date,
): DossierEvent[] {
  if (state.portal?.[command.acknowledged]) return [];
  const { acknowledged, messageId, acknowledgedAt } = command;
  return [{ type: 'PortalAcknowledged', data: { at: at.toISOString(), acknowledged, messageId, acknowledgedAt } }];
}
