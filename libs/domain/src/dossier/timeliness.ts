import type { WorkingCalendar } from '../calendar/working-calendar';

/**
 * Timeliness class of a finished dossier (domain.md §3.7), against the due date used for statistics.
 * Reading we chose, as one-stop registers print it: *early* (trước hạn) = finished on an earlier local
 * day than the due date; *on time* (đúng hạn) = on the due day, at or before the due instant; *late*
 * (trễ hạn) = after the due instant. "On time" in the 766 ratios counts early and on time together.
 */
export type Timeliness = 'early' | 'onTime' | 'late';

export function timelinessOf(calendar: WorkingCalendar, finishedAt: Date, dueAt: Date): Timeliness {
  if (finishedAt.getTime() > dueAt.getTime()) return 'late';
  return calendar.localDateOf(finishedAt) < calendar.localDateOf(dueAt) ? 'early' : 'onTime';
}
