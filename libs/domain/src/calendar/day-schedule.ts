import { parseClockTime } from './civil-date';
import type { SessionSpec } from './calendar-config';

/**
 * The working sessions of one local day, in milliseconds after local midnight, with the
 * working time elapsed before each session. Shared by every day with the same hours.
 */
export interface DaySchedule {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Working milliseconds of the day before session k starts. */
  readonly before: readonly number[];
  /** Working milliseconds of the whole day. */
  readonly total: number;
}

/** A day without working time (weekend, holiday). */
export const NO_WORK: DaySchedule = { starts: [], ends: [], before: [], total: 0 };

/** Builds a schedule from `HH:MM` sessions; rejects empty, reversed or overlapping sessions. */
export function scheduleOf(sessions: readonly SessionSpec[]): DaySchedule {
  const parsed = sessions
    .map((s) => ({ start: parseClockTime(s.start), end: parseClockTime(s.end), spec: s }))
    .sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let total = 0;
  for (const [k, session] of parsed.entries()) {
    if (session.end <= session.start) {
      throw new RangeError(`session ${session.spec.start}–${session.spec.end} ends before it starts`);
    }
    if (k > 0 && session.start < parsed[k - 1].end) {
      throw new RangeError(`session ${session.spec.start}–${session.spec.end} overlaps the one before`);
    }
    starts.push(session.start);
    ends.push(session.end);
    before.push(total);
    total += session.end - session.start;
  }
  return { starts, ends, before, total };
}

/** Working milliseconds of a day elapsed at `msOfDay` after local midnight. */
export function workedBy(schedule: DaySchedule, msOfDay: number): number {
  const { starts, ends, before } = schedule;
  for (let k = starts.length - 1; k >= 0; k--) {
    if (msOfDay > starts[k]) return before[k] + Math.min(msOfDay, ends[k]) - starts[k];
  }
  return 0;
}

/**
 * The earliest time of day (ms after local midnight) at which `worked` working milliseconds of the
 * day have elapsed; `worked` must be in (0, total].
 */
export function timeOfDayAt(schedule: DaySchedule, worked: number): number {
  const { starts, ends, before } = schedule;
  for (let k = 0; k < starts.length; k++) {
    if (worked <= before[k] + ends[k] - starts[k]) return starts[k] + worked - before[k];
  }
  return ends[ends.length - 1];
}

/** True when `msOfDay` lies inside a session ([start, end)). */
export function isInSession(schedule: DaySchedule, msOfDay: number): boolean {
  const { starts, ends } = schedule;
  for (let k = 0; k < starts.length; k++) {
    if (msOfDay >= starts[k] && msOfDay < ends[k]) return true;
  }
  return false;
}
