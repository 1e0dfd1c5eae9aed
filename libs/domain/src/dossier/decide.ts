import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CommandOf, DossierCommand } from './commands';
import { acceptanceDeadlineOf, endOfDuration, processingDurationOf } from './deadlines';
import type { DossierEvent } from './events';
import { DossierRefusal, ensure } from './refusal';
import { ruleSetAt } from './rule-sets';
import type { DossierState } from './state';
import { STATUS } from './vocabulary';

/** What a decision may consult besides the state: the unit's working calendar. */
export interface DecisionContext {
  readonly calendar: WorkingCalendar;
}

/**
 * Decides which events a command produces in the current state, or throws a {@link DossierRefusal}
 * with a stable code. Pure: the instant comes with the command.
 */
export function decide(command: DossierCommand, state: DossierState, context: DecisionContext): DossierEvent[] {
  const at = parseInstant(command.at);
  if (command.type !== 'SubmitDossier') {
    ensure(state.status !== 0, 'NOT_SUBMITTED', 'the dossier has not been submitted');
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
      return accept(state, context, at);
    case 'RecordAcceptanceWindowBreach':
      return recordAcceptanceWindowBreach(state, at);
  }
}

function submit(
  command: CommandOf<'SubmitDossier'>,
  state: DossierState,
  context: DecisionContext,
  at: Date,
): DossierEvent[] {
  ensure(state.status === 0, 'ALREADY_SUBMITTED', `dossier ${state.dossierCode} is already submitted`);
  ensure(command.dossierCode.trim() !== '', 'INVALID_COMMAND', 'a dossier code is required');
  ensure(command.fee >= 0, 'INVALID_COMMAND', 'the fee cannot be negative');
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

function accept(state: DossierState, context: DecisionContext, at: Date): DossierEvent[] {
  ensureStatus(state, [STATUS.submitted], 'accept');
  const duration = processingDurationOf(state.procedure!, state.channel!);
  const late = state.acceptanceDeadline !== undefined && at.getTime() > Date.parse(state.acceptanceDeadline);
  const dueAt = endOfDuration(context.calendar, at, duration).toISOString();
  return [{ type: 'DossierAccepted', data: { at: at.toISOString(), dueAt, late } }];
}

function recordAcceptanceWindowBreach(state: DossierState, at: Date): DossierEvent[] {
  ensureStatus(state, [STATUS.submitted], 'record an acceptance-window breach for');
  ensure(
    state.acceptanceDeadline !== undefined,
    'INVALID_TRANSITION',
    'only online dossiers have an acceptance window',
  );
  ensure(!state.acceptanceWindowBreached, 'INVALID_TRANSITION', 'the breach is already recorded');
  ensure(
    at.getTime() >= Date.parse(state.acceptanceDeadline),
    'DEADLINE_NOT_REACHED',
    `the acceptance window closes at ${state.acceptanceDeadline}`,
  );
  return [
    {
      type: 'AcceptanceWindowBreached',
      data: { at: state.acceptanceDeadline, acceptanceDeadline: state.acceptanceDeadline },
    },
  ];
}

/** Refuses with `INVALID_TRANSITION` (and the current status) unless the status is one of `allowed`. */
function ensureStatus(state: DossierState, allowed: readonly number[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DossierRefusal('INVALID_TRANSITION', `cannot ${action} a dossier in status ${state.status}`, {
      dossierStatus: state.status || undefined,
    });
  }
}

function parseInstant(text: string): Date {
  const at = new Date(text);
  ensure(!Number.isNaN(at.getTime()), 'INVALID_COMMAND', `"${text}" is not an instant`);
  return at;
}
