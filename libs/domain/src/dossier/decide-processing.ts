/** Decisions while processing: supplementation, pausing the clock, apology, result, return, withdrawal, stop. */
import type { CommandOf } from './commands';
import { clockRestart, processingWorkingDays } from './clock';
import { apologyDueBy, endOfDuration } from './deadlines';
import type { DossierEvent } from './events';
import {
  ensureStatus,
  ensureSupplementAllowed,
  ensureText,
  attachedDocumentOf,
  isDocument,
  nextActionId,
  parseInstant,
  type DecisionContext,
} from './guards';
import { ensure } from './refusal';
import { ruleSetById } from './rule-sets';
import type { DossierState } from './state';
import { timelinessOf, type Timeliness } from './timeliness';
import { currentVisit, responsibleVisit, visitResultAt } from '../process/step-visits';
import { STATUS } from './vocabulary';

/** Statuses of a dossier whose clock runs and that an officer may act on. */
const RUNNING = [STATUS.accepted, STATUS.processing] as const;

function ensureClockRunning(state: DossierState, action: string): void {
  ensureStatus(state, [...RUNNING, STATUS.awaitingFinancialObligation], action);
  ensure(
    !state.clockStoppedBy,
    'INVALID_TRANSITION',
    `cannot ${action} while the clock is stopped (${state.clockStoppedBy}); resume first`,
    {
      dossierStatus: state.status || undefined,
    },
  );
}

export function requestSupplement(
  command: CommandOf<'RequestSupplement'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureClockRunning(state, 'request a supplement for');
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason');
  ensure(command.missingComponents?.length > 0, 'MISSING_COMPONENTS_REQUIRED', 'list the missing components (Mẫu 02)');
  ensureSupplementAllowed(state);
  const deadline = state.procedure?.supplementDeadline;
  const supplementDueAt = deadline ? endOfDuration(context.calendar, at, deadline).toISOString() : undefined;
  return [
    {
      type: 'SupplementRequested',
      data: {
        at: at.toISOString(),
        actionId: nextActionId(state, 'supplement'),
        reason,
        missingComponents: [...command.missingComponents],
        ...(command.slip ? { slip: command.slip } : {}),
        ...(supplementDueAt ? { supplementDueAt } : {}),
      },
    },
  ];
}

/** Dừng tính: a concrete reason, the ground document attached before pressing stop, and a written notice (seed 002). */
export function pause(command: CommandOf<'PauseProcessing'>, state: DossierState, at: Date): DossierEvent[] {
  ensureStatus(state, [...RUNNING, STATUS.awaitingFinancialObligation], 'pause');
  const current = state.auditedActions.find((a) => a.id === state.clockStoppedBy);
  ensure(current?.kind !== 'pause', 'ALREADY_PAUSED', `the clock is already paused (${state.clockStoppedBy})`);
  ensure(command.reasonCode, 'PAUSE_REASON_CODE_REQUIRED', 'a pause needs a reason code');
  const reason = ensureText(command.reason, 'PAUSE_REASON_REQUIRED', 'a concrete reason for the pause');
  ensure(
    isDocument(command.attachment),
    'PAUSE_ATTACHMENT_REQUIRED',
    'attach the document the pause rests on (file name and sha256 hash)',
  );
  const notice = command.notice;
  ensure(
    notice?.channel && typeof notice.reference === 'string' && notice.reference.trim() !== '',
    'PAUSE_NOTICE_REQUIRED',
    'the applicant must be notified in writing (channel and notice reference)',
  );
  return [
    {
      type: 'ProcessingPaused',
      data: {
        at: at.toISOString(),
        actionId: nextActionId(state, 'pause'),
        reasonCode: command.reasonCode,
        reason,
        attachment: attachedDocumentOf(command.attachment),
        notice: { channel: notice.channel, reference: notice.reference.trim() },
      },
    },
  ];
}

export function resume(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const current = state.auditedActions.find((a) => a.id === state.clockStoppedBy);
  ensure(state.stage === 'processing' && current?.kind === 'pause', 'NOT_PAUSED', 'the clock is not paused');
  return [
    {
      type: 'ProcessingResumed',
      data: { at: at.toISOString(), actionId: current.id, ...clockRestart(state, context, at) },
    },
  ];
}

/** Mẫu 04: once, with a reason and a new appointment after the due date; late when after the lead time. */
export function issueApology(
  command: CommandOf<'IssueApology'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureStatus(
    state,
    [...RUNNING, STATUS.supplementRequested, STATUS.awaitingFinancialObligation],
    'issue an apology for',
  );
  const limit = ruleSetById(state.ruleSetId!).apologyLimit;
  ensure(state.apologyCount < limit, 'APOLOGY_LIMIT_REACHED', `a dossier may be re-appointed at most ${limit} time(s)`);
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason for the delay');
  const rescheduledAt = parseInstant(command.rescheduledAt, 'new appointment');
  ensure(
    rescheduledAt.getTime() > Date.parse(state.dueAt!),
    'APOLOGY_DATE_NOT_AFTER_DUE',
    `the new appointment must be later than the due date ${state.dueAt}`,
  );
  const late = at.getTime() > apologyDueBy(state, context.calendar).getTime();
  const responsible = responsibleVisit(state);
  return [
    {
      type: 'ApologyIssued',
      data: {
        at: at.toISOString(),
        reason,
        rescheduledAt: rescheduledAt.toISOString(),
        ...(command.slip ? { slip: command.slip } : {}),
        late,
        ...(responsible ? { responsibleUnit: responsible.unit, responsibleStepId: responsible.stepId } : {}),
      },
    },
  ];
}

export function issueResult(
  command: CommandOf<'IssueResult'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureClockRunning(state, 'issue the result of');
  const documents = command.documents ?? [];
  ensure(
    documents.every((d) => isDocument(d) && d.code?.trim()),
    'INVALID_COMMAND',
    'every result document needs a file name, a sha256 hash and a code',
  );
  let reason: string | undefined;
  if (command.decision === 'approved') {
    ensure(
      !state.procedure!.returnsResultDocument || documents.length > 0,
      'RESULT_DOCUMENT_REQUIRED',
      'this procedure returns a result document: attach it',
    );
  } else {
    reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason for refusing');
  }
  const timeliness = timelinessOf(context.calendar, at, new Date(state.statisticalDueAt!));
  return [
    {
      type: 'ResultIssued',
      data: {
        at: at.toISOString(),
        decision: command.decision,
        documents: [...documents],
        ...(reason ? { reason } : {}),
        timeliness,
        processingWorkingDays: processingWorkingDays(state, context.calendar, at),
      },
    },
  ];
}

export function returnResult(
  command: CommandOf<'ReturnResult'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureStatus(state, [STATUS.resultIssued], 'return the result of');
  const stepResult = stepResultAt(state, context, at);
  return [
    {
      type: 'ResultReturned',
      data: { at: at.toISOString(), method: command.method, ...(stepResult ? { stepResult } : {}) },
    },
  ];
}

/** The result of the step in progress if the dossier leaves it at `at` (undefined outside a process). */
function stepResultAt(state: DossierState, context: DecisionContext, at: Date): Timeliness | undefined {
  const visit = currentVisit(state);
  return visit ? visitResultAt(state, visit, context.calendar, at) : undefined;
}

export function requestWithdrawal(
  command: CommandOf<'RequestWithdrawal'>,
  state: DossierState,
  at: Date,
): DossierEvent[] {
  ensureStatus(
    state,
    [
      STATUS.submitted,
      STATUS.accepted,
      STATUS.processing,
      STATUS.supplementRequested,
      STATUS.awaitingFinancialObligation,
    ],
    'withdraw',
  );
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason');
  return [{ type: 'WithdrawalRequested', data: { at: at.toISOString(), reason } }];
}

export function stop(
  command: CommandOf<'StopProcessing'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensureStatus(
    state,
    [
      STATUS.withdrawalRequested,
      STATUS.accepted,
      STATUS.processing,
      STATUS.supplementRequested,
      STATUS.awaitingFinancialObligation,
    ],
    'stop',
  );
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason (stop notice)');
  const reasonCode = state.status === STATUS.withdrawalRequested ? 'WITHDRAWN' : 'AGENCY_DECISION';
  return [stopped(state, context, at, reasonCode, reason, command.slip)];
}

export function stopForMissedSupplement(
  state: DossierState,
  context: DecisionContext,
  deadlineAt: Date,
): DossierEvent[] {
  return [
    stopped(state, context, deadlineAt, 'SUPPLEMENT_NOT_RECEIVED', 'the supplement did not arrive by its deadline'),
  ];
}

function stopped(
  state: DossierState,
  context: DecisionContext,
  at: Date,
  reasonCode: 'WITHDRAWN' | 'AGENCY_DECISION' | 'SUPPLEMENT_NOT_RECEIVED',
  reason: string,
  slip?: CommandOf<'StopProcessing'>['slip'],
): DossierEvent {
  const timeliness = state.statisticalDueAt
    ? timelinessOf(context.calendar, at, new Date(state.statisticalDueAt))
    : undefined;
  const stepResult = stepResultAt(state, context, at);
  return {
    type: 'DossierStopped',
    data: {
      at: at.toISOString(),
      reasonCode,
      reason,
      ...(slip ? { slip } : {}),
      ...(timeliness ? { timeliness } : {}),
      ...(state.acceptedAt ? { processingWorkingDays: processingWorkingDays(state, context.calendar, at) } : {}),
      ...(stepResult ? { stepResult } : {}),
    },
  };
}

export function rate(command: CommandOf<'RateSatisfaction'>, state: DossierState, at: Date): DossierEvent[] {
  ensureStatus(state, [STATUS.resultIssued, STATUS.resultReturned], 'rate');
  ensure(state.satisfied === undefined, 'ALREADY_RATED', 'the handling of this dossier is already rated');
  ensure(typeof command.satisfied === 'boolean', 'INVALID_COMMAND', 'satisfied must be true or false');
  const comment = command.comment?.trim();
  return [
    {
      type: 'SatisfactionRated',
      data: { at: at.toISOString(), satisfied: command.satisfied, ...(comment ? { comment } : {}) },
    },
  ];
}
