import { dueDatesOf } from './deadlines';
import type { DecisionContext } from './guards';
import type { DossierState } from './state';

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
  return { stoppedWorkingMinutes, ...dueDatesOf(closed, calendar), ...(rescheduledAt ? { rescheduledAt } : {}) };
}
