import type { Tone } from './tones';

/**
 * How urgent a dossier's next deadline looks in the queue: green with time to spare, amber inside the
 * apology lead time (an apology is owed before the due date, Decree 118 art. 19), red once overdue.
 */
export type Urgency = 'none' | 'onTrack' | 'apologyDue' | 'overdue';

export function urgencyOf(
  remainingWorkingMinutes: number | null | undefined,
  overdue: boolean,
  apologyLeadWorkingMinutes: number,
): Urgency {
  if (
    overdue ||
    (remainingWorkingMinutes !== null && remainingWorkingMinutes !== undefined && remainingWorkingMinutes < 0)
  )
    return 'overdue';
  if (remainingWorkingMinutes === null || remainingWorkingMinutes === undefined) return 'none';
  return remainingWorkingMinutes <= apologyLeadWorkingMinutes ? 'apologyDue' : 'onTrack';
}

/** The tone of each urgency (see TONES: green, amber, red). */
export const URGENCY_TONES: Record<Urgency, Tone> = {
  none: 'neutral',
  onTrack: 'good',
  apologyDue: 'warning',
  overdue: 'bad',
};
