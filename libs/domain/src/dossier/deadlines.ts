import { DAY_MS, parseClockTime } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { RuleSet } from './rule-sets';
import type { DossierState } from './state';
import { STATUS } from './vocabulary';
import type { Channel, Duration, ProcedureTerms } from './vocabulary';

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

/** A fact the engine must record by itself when its instant comes, unless a command makes it moot. */
export interface PendingDeadline {
  readonly command: 'RecordAcceptanceWindowBreach';
  /** The exact instant of the deadline, ISO-8601. */
  readonly at: string;
}

/**
 * The earliest deadline still pending for a dossier, if any. The workflow sleeps until it (its
 * timer is re-armed whenever the state changes) and then sends the command with this instant.
 */
export function nextDeadline(state: DossierState): PendingDeadline | undefined {
  const pending: PendingDeadline[] = [];
  if (state.status === STATUS.submitted && state.acceptanceDeadline && !state.acceptanceWindowBreached) {
    pending.push({ command: 'RecordAcceptanceWindowBreach', at: state.acceptanceDeadline });
  }
  return pending.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}
