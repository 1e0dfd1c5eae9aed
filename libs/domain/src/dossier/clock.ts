import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueDatesOf } from './deadlines';
import type { DecisionContext } from './guards';
import type { DossierState } from './state';
import { currentVisit, visitDeadline } from '../process/step-visits';

/**
 * Dates after the clock starts again at `at`: the stop's working minutes, and the due dates moved by
 * them (the apology's new appointment too). A procedure may restart the clock in full instead.
 */
export function clockRestart(
  state: DossierState,
  context: DecisionContext,
  at: Date,
): {
  stoppedWorkingMinutes: number;
  dueAt: string;
  statisticalDueAt: string;
  rescheduledAt?: string;
  restartedClock?: boolean;
  stepDeadline?: string;
} {
  const { calendar } = context;
  const stop = state.auditedActions.find((a) => a.id === state.clockStoppedBy)!;
  const stoppedWorkingMinutes = calendar.workingMinutesBetween(new Date(stop.at), at);
  const isSupplement = stop.kind === 'supplementRequest';
  if (isSupplement && state.procedure?.supplementRestartsClock) {
    const restarted = { ...state, clockStartedAt: at.toISOString(), auditedActions: [] };
    return { stoppedWorkingMinutes, ...dueDatesOf(restarted, calendar), restartedClock: true };
  }
  const closed: DossierState = {
    ...state,
    auditedActions: state.auditedActions.map((a) => (a.id === stop.id ? { ...a, endedAt: at.toISOString() } : a)),
  };
  const rescheduledAt = state.rescheduledAt
    ? calendar.addWorkingMinutes(new Date(state.rescheduledAt), stoppedWorkingMinutes).toISOString()
    : undefined;
  const visit = currentVisit(closed);
  const stepDeadline = visit ? visitDeadline(closed, visit, calendar) : undefined;
  return {
    stoppedWorkingMinutes,
    ...dueDatesOf(closed, calendar),
    ...(rescheduledAt ? { rescheduledAt } : {}),
    ...(stepDeadline ? { stepDeadline } : {}),
  };
}

/**
 * Working days the processing clock ran from acceptance to `at` (766 indicator 2.2, thời gian giải
 * quyết): session time on the unit's calendar minus every stop of the clock (pauses and
 * supplementation, a stop still running at `at` included), in standard working days, to 1/100 day.
 */
export function processingWorkingDays(state: DossierState, calendar: WorkingCalendar, at: Date): number {
  const acceptedAt = state.acceptedAt!;
  const stopped = state.auditedActions
    .filter((a) => (a.kind === 'pause' || a.kind === 'supplementRequest') && a.at >= acceptedAt)
    .reduce((sum, a) => sum + calendar.workingMinutesBetween(new Date(a.at), a.endedAt ? new Date(a.endedAt) : at), 0);
  const running = calendar.workingMinutesBetween(new Date(acceptedAt), at) - stopped;
  return Math.round((100 * Math.max(0, running)) / calendar.standardDayMinutes(new Date(acceptedAt))) / 100;
}
