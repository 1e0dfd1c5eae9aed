/** Decisions at receipt (tiếp nhận): submission, acceptance window, completion, refusal, cancellation. */
import type { CommandOf } from './commands';
import { clockRestart } from './clock';
import { acceptanceDeadlineOf, endOfDuration, processingDurationOf } from './deadlines';
import type { DossierEvent } from './events';
import {
  dueDeadline,
  ensureStatus,
  ensureSupplementAllowed,
  ensureText,
  nextActionId,
  type DecisionContext,
} from './guards';
import { ensure } from './refusal';
import { ruleSetAt, ruleSetById } from './rule-sets';
import type { DossierState } from './state';
import { STATUS } from './vocabulary';
import { DEFAULT_PROCESS, stepBudgets as budgetsOf } from '../process/internal-process';

export function submit(
  command: CommandOf<'SubmitDossier'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensure(state.status === 0, 'ALREADY_SUBMITTED', `dossier ${state.dossierCode} is already submitted`);
  ensure(command.dossierCode.trim() !== '', 'INVALID_COMMAND', 'a dossier code is required');
  ensure(
    Number.isInteger(command.fee) && command.fee >= 0,
    'INVALID_COMMAND',
    'the fee must be a whole, non-negative amount',
  );
  ensure(command.components.length > 0, 'MISSING_COMPONENTS_REQUIRED', 'a dossier needs at least one component');
  const ruleSet = ruleSetAt(at);
  const acceptanceDeadline =
    command.channel === 'online' ? acceptanceDeadlineOf(context.calendar, ruleSet, at).toISOString() : undefined;
  return [
    {
      type: 'DossierSubmitted',
      data: {
        at: at.toISOString(),
        dossierCode: command.dossierCode,
        agencyCode: command.agencyCode,
        channel: command.channel,
        procedure: command.procedure,
        applicant: command.applicant,
        components: [...command.components],
        fee: command.fee,
        paidOnline: command.paidOnline ?? false,
        ruleSetId: ruleSet.id,
        ...(acceptanceDeadline ? { acceptanceDeadline } : {}),
      },
    },
  ];
}

/**
 * Tiếp nhận: the due date is the legal duration from now; the internal process in force (the
 * command's, else the default) splits this dossier's working time between its steps, and the first
 * step — the desk's — is held by the accepting officer.
 */
export function accept(
  command: CommandOf<'AcceptDossier'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureStatus(state, [STATUS.submitted], 'accept');
  const duration = processingDurationOf(state.procedure!, state.channel!);
  const late = state.acceptanceDeadline !== undefined && at.getTime() > Date.parse(state.acceptanceDeadline);
  const due = endOfDuration(context.calendar, at, duration);
  if (context.withoutInternalProcess) {
    return [{ type: 'DossierAccepted', data: { at: at.toISOString(), dueAt: due.toISOString(), late } }];
  }
  const process = command.process ?? DEFAULT_PROCESS;
  const stepBudgets = budgetsOf(process, Math.round(context.calendar.workingMinutesBetween(at, due)));
  const first = process.steps[0];
  const firstStep = {
    stepId: first.id,
    unit: first.unit,
    budgetMinutes: stepBudgets[0],
    deadline: context.calendar.addWorkingMinutes(at, stepBudgets[0]).toISOString(),
    receivedBy: command.actor.id,
  };
  return [
    {
      type: 'DossierAccepted',
      data: { at: at.toISOString(), dueAt: due.toISOString(), late, process, stepBudgets, firstStep },
    },
  ];
}

export function recordAcceptanceWindowBreach(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const deadline = dueDeadline(state, context, 'RecordAcceptanceWindowBreach', at);
  return [{ type: 'AcceptanceWindowBreached', data: { at: deadline.at, acceptanceDeadline: deadline.at } }];
}

export function requestCompletion(
  command: CommandOf<'RequestCompletion'>,
  state: DossierState,
  at: Date,
): DossierEvent[] {
  ensureStatus(state, [STATUS.submitted], 'request completion of');
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason');
  ensure(command.missingComponents?.length > 0, 'MISSING_COMPONENTS_REQUIRED', 'list the missing components (Mẫu 02)');
  ensureSupplementAllowed(state);
  return [
    {
      type: 'CompletionRequested',
      data: {
        at: at.toISOString(),
        actionId: nextActionId(state, 'completion'),
        reason,
        missingComponents: [...command.missingComponents],
        ...(command.slip ? { slip: command.slip } : {}),
      },
    },
  ];
}

export function refuse(command: CommandOf<'RefuseDossier'>, state: DossierState, at: Date): DossierEvent[] {
  ensure(state.stage === 'receipt', 'INVALID_TRANSITION', 'only a dossier not yet accepted can be refused at receipt', {
    dossierStatus: state.status || undefined,
  });
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason (Mẫu 03)');
  return [
    { type: 'DossierRefused', data: { at: at.toISOString(), reason, ...(command.slip ? { slip: command.slip } : {}) } },
  ];
}

export function cancel(command: CommandOf<'CancelDossier'>, state: DossierState, at: Date): DossierEvent[] {
  ensure(state.stage === 'receipt', 'INVALID_TRANSITION', 'only a dossier not yet accepted can be cancelled', {
    dossierStatus: state.status || undefined,
  });
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason');
  return [
    { type: 'DossierCancelled', data: { at: at.toISOString(), actionId: nextActionId(state, 'cancellation'), reason } },
  ];
}

/**
 * The applicant's supplement arrives. Before acceptance the dossier is back to "submitted" with a fresh
 * acceptance window (online); after acceptance the clock runs again and the due dates move by the
 * working time it stood still (or restart in full, when the procedure says so).
 */
export function receiveSupplement(
  command: CommandOf<'ReceiveSupplement'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureStatus(state, [STATUS.supplementRequested], 'receive a supplement for');
  ensure(command.components?.length > 0, 'MISSING_COMPONENTS_REQUIRED', 'the supplement needs at least one component');
  const base = { at: at.toISOString(), components: [...command.components] };
  if (state.stage === 'receipt') {
    const ruleSet = ruleSetById(state.ruleSetId!);
    const acceptanceDeadline =
      state.channel === 'online' ? acceptanceDeadlineOf(context.calendar, ruleSet, at).toISOString() : undefined;
    return [
      {
        type: 'SupplementReceived',
        data: { ...base, stage: 'receipt', ...(acceptanceDeadline ? { acceptanceDeadline } : {}) },
      },
    ];
  }
  return [{ type: 'SupplementReceived', data: { ...base, stage: 'processing', ...clockRestart(state, context, at) } }];
}
