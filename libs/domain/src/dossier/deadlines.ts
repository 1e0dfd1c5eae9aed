import { DAY_MS, parseClockTime } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { ruleSetById, type RuleSet } from './rule-sets';
import type { DossierState } from './state';
import { currentVisit } from '../process/step-visits';
import { STATUS, type Channel, type Duration, type ProcedureTerms } from './vocabulary';

/**
 * End of the acceptance window of an online dossier: `acceptanceWindowWorkingHours` working hours
 * after the submission instant (domain.md §3.1). Friday 15:00 → Monday 15:00.
 */
export function acceptanceDeadlineOf(calendar: WorkingCalendar, ruleSet: RuleSet, submittedAt: Date): Date {
  return calendar.addWorkingMinutes(submittedAt, ruleSet.acceptanceWindowWorkingHours * 60);
}

/** The legal processing time of a procedure for a channel (online may differ from desk and post). */
export function processingDurationOf(procedure: ProcedureTerms, channel: Channel): Duration {
  return channel === 'online' ? procedure.durations.online : procedure.durations.desk;
}

/**
 * The instant a duration ends when counted from `from` on a unit's calendar (domain.md §2):
 * working days and hours count session time; calendar days end at the next working instant;
 * same-day procedures end at the close of the working day, or of the next one after the cut-off.
 */
export function endOfDuration(calendar: WorkingCalendar, from: Date, duration: Duration): Date {
  switch (duration.unit) {
    case 'workingDays':
      return calendar.addWorkingDays(from, duration.value);
    case 'workingHours':
      return calendar.addWorkingMinutes(from, duration.value * 60);
    case 'calendarDays':
      return calendar.nextWorkingInstant(new Date(from.getTime() + duration.value * DAY_MS));
    case 'sameDay':
      return endOfSameDay(calendar, from, duration.cutoff);
  }
}

function endOfSameDay(calendar: WorkingCalendar, from: Date, cutoff: string | undefined): Date {
  const start = calendar.nextWorkingInstant(from);
  const close = calendar.endOfWorkingDay(start);
  if (cutoff === undefined) return close;
  const cutoffInstant = close.getTime() - calendar.localTimeOfDay(close) + parseClockTime(cutoff);
  return start.getTime() < cutoffInstant ? close : calendar.endOfWorkingDay(close);
}

/**
 * Due dates of a dossier in processing, recomputed from the clock's start on `calendar`: the legal
 * duration plus every finished stop of the clock (pauses and supplementation since the start).
 * `dueAt` counts every stop; `statisticalDueAt` leaves out pauses a supervisor judged unjustified
 * (domain.md §3.4). Working time is additive, so this equals moving the date stop by stop.
 */
export function dueDatesOf(
  state: DossierState,
  calendar: WorkingCalendar,
): { dueAt: string; statisticalDueAt: string } {
  const start = new Date(state.clockStartedAt!);
  const base = endOfDuration(calendar, start, processingDurationOf(state.procedure!, state.channel!));
  let all = 0;
  let counted = 0;
  for (const action of state.auditedActions) {
    if (action.kind !== 'pause' && action.kind !== 'supplementRequest') continue;
    if (!action.endedAt || Date.parse(action.at) < start.getTime()) continue;
    const minutes = calendar.workingMinutesBetween(new Date(action.at), new Date(action.endedAt));
    all += minutes;
    if (action.verdict !== 'unjustified') counted += minutes;
  }
  return {
    dueAt: calendar.addWorkingMinutes(base, all).toISOString(),
    statisticalDueAt: calendar.addWorkingMinutes(base, counted).toISOString(),
  };
}

/**
 * Latest instant for the apology (and when the engine reminds the officer): `apologyLeadWorkingDays`
 * working days before the due date (domain.md §3.5).
 */
export function apologyDueBy(state: DossierState, calendar: WorkingCalendar): Date {
  const dueAt = new Date(state.dueAt!);
  const lead = ruleSetById(state.ruleSetId!).apologyLeadWorkingDays;
  return calendar.subtractWorkingMinutes(dueAt, lead * calendar.standardDayMinutes(dueAt));
}

/** Commands the engine sends itself when a deadline comes. */
export type TimerCommandType =
  | 'RecordAcceptanceWindowBreach'
  | 'RemindApology'
  | 'MarkOverdue'
  | 'MarkAppointmentMissed'
  | 'StopForMissedSupplementDeadline'
  | 'MarkStepOverdue';

/** A fact the engine must record by itself when its instant comes, unless a command makes it moot. */
export interface PendingDeadline {
  readonly command: TimerCommandType;
  /** The exact instant of the deadline, ISO-8601; the recorded fact carries this instant. */
  readonly at: string;
}

/**
 * Every deadline still pending for a dossier. Timers run only while the clock runs: a paused
 * dossier has no overdue timer (its due date moves on resume).
 */
export function pendingDeadlines(state: DossierState, calendar: WorkingCalendar): PendingDeadline[] {
  const pending: PendingDeadline[] = [];
  if (
    state.stage === 'receipt' &&
    state.status === STATUS.submitted &&
    state.acceptanceDeadline &&
    !state.acceptanceWindowBreached
  ) {
    pending.push({ command: 'RecordAcceptanceWindowBreach', at: state.acceptanceDeadline });
  }
  const running = state.stage === 'processing' && !state.clockStoppedBy && state.status !== STATUS.withdrawalRequested;
  if (running && !state.apologyReminded && state.apologyCount === 0) {
    pending.push({ command: 'RemindApology', at: apologyDueBy(state, calendar).toISOString() });
  }
  if (running && !state.overdue) pending.push({ command: 'MarkOverdue', at: state.dueAt! });
  if (running && state.rescheduledAt && !state.appointmentMissed) {
    pending.push({ command: 'MarkAppointmentMissed', at: state.rescheduledAt });
  }
  const visit = currentVisit(state);
  if (running && visit && !visit.overdue) pending.push({ command: 'MarkStepOverdue', at: visit.deadline });
  if (state.stage === 'processing' && state.status === STATUS.supplementRequested && state.supplementDueAt) {
    pending.push({ command: 'StopForMissedSupplementDeadline', at: state.supplementDueAt });
  }
  return pending;
}

/** The earliest pending deadline: the workflow sleeps until it, re-arming whenever the state changes. */
export function nextDeadline(state: DossierState, calendar: WorkingCalendar): PendingDeadline | undefined {
  return pendingDeadlines(state, calendar).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}
