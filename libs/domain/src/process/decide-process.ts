/**
 * Decisions inside the dossier's internal process: hand-over to the next step, taking it (nhận),
 * reassignment within a unit, send-back to an earlier step, and the step-overdue fact. Every move
 * ends the step it leaves with its result against the step's own deadline.
 */
import type { CommandOf } from '../dossier/commands';
import type { DossierEvent } from '../dossier/events';
import { dueDeadline, ensureStatus, ensureText, nextActionId, type DecisionContext } from '../dossier/guards';
import { ensure } from '../dossier/refusal';
import type { DossierState } from '../dossier/state';
import { STATUS, type Actor } from '../dossier/vocabulary';
import { DESK_UNIT, stepIndexOf, type ProcessStep } from './internal-process';
import { currentVisit, visitResultAt, type StepVisit } from './step-visits';

/** Statuses in which a dossier moves between steps: from acceptance until its result is returned. */
const MOVABLE = [
  STATUS.accepted,
  STATUS.processing,
  STATUS.supplementRequested,
  STATUS.awaitingFinancialObligation,
  STATUS.resultIssued,
] as const;

/** The units an actor works in: as their token says; by default the desk, or leadership for a leader. */
export function unitsOf(actor: Actor): readonly string[] {
  return actor.units ?? [actor.role === 'leader' ? 'leadership' : DESK_UNIT];
}

/** The visit in progress and its step, or a refusal when the dossier is not moving through a process. */
function inProcess(state: DossierState, action: string): { visit: StepVisit; step: ProcessStep; index: number } {
  ensureStatus(state, MOVABLE, action);
  const visit = currentVisit(state);
  ensure(
    visit && state.process,
    'NO_INTERNAL_PROCESS',
    `dossier ${state.dossierCode} has no internal process to ${action} in`,
    {
      dossierStatus: state.status || undefined,
    },
  );
  const index = stepIndexOf(state.process, visit.stepId);
  return { visit, step: state.process.steps[index], index };
}

function ensureHolder(visit: StepVisit, actor: Actor, action: string): void {
  ensure(
    visit.receivedBy === actor.id,
    'NOT_HOLDER',
    visit.receivedBy
      ? `only ${visit.receivedBy}, who holds the dossier, may ${action} it`
      : `nobody holds the dossier yet: an officer of ${visit.unit} takes it first`,
  );
}

/** The entry into step `index`: its unit, its working time for this dossier, its deadline from `at`. */
function entryInto(state: DossierState, context: DecisionContext, index: number, at: Date) {
  const step = state.process!.steps[index];
  const budgetMinutes = state.stepBudgets![index];
  return {
    stepId: step.id,
    unit: step.unit,
    budgetMinutes,
    deadline: context.calendar.addWorkingMinutes(at, budgetMinutes).toISOString(),
  };
}

export function handOver(
  command: CommandOf<'HandOverDossier'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  const { visit, index } = inProcess(state, 'hand over');
  ensureHolder(visit, command.actor, 'hand over');
  const steps = state.process!.steps;
  ensure(
    steps.some((s) => s.unit === command.toUnit),
    'UNIT_NOT_IN_PROCESS',
    `${command.toUnit} is not a unit of this dossier's process (${[...new Set(steps.map((s) => s.unit))].join(', ')})`,
  );
  const next = steps[index + 1];
  ensure(next, 'NO_NEXT_STEP', 'this is the last step of the process: return the result');
  ensure(next.unit === command.toUnit, 'NOT_NEXT_STEP', `the next step, ${next.name}, is the unit ${next.unit}'s`);
  const toOfficer = command.toOfficer?.trim() || undefined;
  const note = command.note?.trim() || undefined;
  return [
    {
      type: 'DossierHandedOver',
      data: {
        at: at.toISOString(),
        fromSeq: visit.seq,
        fromStepId: visit.stepId,
        result: visitResultAt(state, visit, context.calendar, at),
        by: command.actor.id,
        ...entryInto(state, context, index + 1, at),
        ...(toOfficer ? { toOfficer } : {}),
        ...(note ? { note } : {}),
      },
    },
  ];
}

export function receive(command: CommandOf<'ReceiveDossier'>, state: DossierState, at: Date): DossierEvent[] {
  const { visit, step } = inProcess(state, 'receive');
  ensure(!visit.receivedBy, 'ALREADY_RECEIVED', `${visit.receivedBy} already holds the dossier`);
  ensure(
    unitsOf(command.actor).includes(visit.unit),
    'NOT_IN_YOUR_UNIT',
    `the dossier is with the unit ${visit.unit}, not yours`,
  );
  ensure(
    step.role !== 'leader' || command.actor.role === 'leader',
    'LEADER_REQUIRED',
    `${step.name} is a leader's step`,
  );
  ensure(
    !visit.assignee || visit.assignee === command.actor.id,
    'NOT_ASSIGNED_TO_YOU',
    `the dossier was handed to ${visit.assignee}`,
  );
  return [
    {
      type: 'DossierReceived',
      data: { at: at.toISOString(), seq: visit.seq, stepId: visit.stepId, by: command.actor.id },
    },
  ];
}

export function reassign(command: CommandOf<'ReassignDossier'>, state: DossierState, at: Date): DossierEvent[] {
  const { visit } = inProcess(state, 'reassign');
  ensure(
    unitsOf(command.actor).includes(visit.unit),
    'NOT_IN_YOUR_UNIT',
    `the dossier is with the unit ${visit.unit}, not yours`,
  );
  const toOfficer = ensureText(command.toOfficer, 'INVALID_COMMAND', 'the officer to reassign to');
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason for the reassignment');
  const current = visit.receivedBy ?? visit.assignee;
  ensure(toOfficer !== current, 'ALREADY_ASSIGNED', `${toOfficer} already has the dossier`);
  return [
    {
      type: 'DossierReassigned',
      data: {
        at: at.toISOString(),
        actionId: nextActionId(state, 'reassignment'),
        seq: visit.seq,
        stepId: visit.stepId,
        ...(current ? { fromOfficer: current } : {}),
        toOfficer,
        reason,
      },
    },
  ];
}

export function sendBack(
  command: CommandOf<'SendBackDossier'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  const { visit, index } = inProcess(state, 'send back');
  ensureHolder(visit, command.actor, 'send back');
  const target = stepIndexOf(state.process!, command.toStep);
  ensure(target >= 0, 'STEP_NOT_FOUND', `this dossier's process has no step ${command.toStep}`);
  ensure(target < index, 'NOT_AN_EARLIER_STEP', `${command.toStep} is not before the current step ${visit.stepId}`);
  const reason = ensureText(command.reason, 'REASON_REQUIRED', 'the reason for sending it back');
  return [
    {
      type: 'DossierSentBack',
      data: {
        at: at.toISOString(),
        actionId: nextActionId(state, 'sendBack'),
        fromSeq: visit.seq,
        fromStepId: visit.stepId,
        result: visitResultAt(state, visit, context.calendar, at),
        by: command.actor.id,
        reason,
        ...entryInto(state, context, target, at),
      },
    },
  ];
}

/** The step's deadline passed with the dossier still in it: recorded at the deadline instant. */
export function markStepOverdue(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  const deadline = dueDeadline(state, context, 'MarkStepOverdue', at);
  const visit = currentVisit(state)!;
  return [
    {
      type: 'StepOverdue',
      data: { at: deadline.at, seq: visit.seq, stepId: visit.stepId, unit: visit.unit, deadline: deadline.at },
    },
  ];
}
