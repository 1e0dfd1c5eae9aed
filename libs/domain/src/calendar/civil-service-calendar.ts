import data from '../../data/vn-civil-service-calendar.json';
import type { CalendarYear, SessionSpec, WorkingCalendarConfig } from './calendar-config';

interface DatedEntry {
  readonly date: string;
}

/** Shape of `libs/domain/data/vn-civil-service-calendar.json` (a copy of shared/data). */
export interface CivilServiceCalendarData {
  readonly timeZone: string;
  readonly years: Readonly<
    Record<
      string,
      {
        readonly confirmed: boolean;
        readonly daysOff: readonly DatedEntry[];
        readonly makeUpWorkingDays: readonly DatedEntry[];
        readonly uncertain?: readonly (DatedEntry & { readonly alternative: string })[];
      }
    >
  >;
}

/** Sessions seen most often at provincial one-stop desks (domain.md §2). */
export const DEFAULT_SESSIONS: readonly SessionSpec[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:00', end: '17:00' },
];

/**
 * The national civil-service calendar (2024–2026 as published; later years derived from the
 * statutory rules, provisional) with a unit's sessions.
 * Reading we chose: where the data lists an *uncertain* day (e.g. 2026's National Day adjacent day,
 * 01/09 or 03/09), its first-listed `date` is taken as off until an administrator confirms the year.
 */
export function civilServiceCalendarConfig(
  sessions: readonly SessionSpec[] = DEFAULT_SESSIONS,
  source: CivilServiceCalendarData = data,
): WorkingCalendarConfig {
  const years: Record<string, CalendarYear> = {};
  for (const [year, entry] of Object.entries(source.years)) {
    years[year] = {
      confirmed: entry.confirmed,
      daysOff: [...entry.daysOff, ...(entry.uncertain ?? [])].map((d) => d.date),
      makeUpWorkingDays: entry.makeUpWorkingDays.map((d) => d.date),
    };
  }
  return { timeZone: source.timeZone, sessions, weekendDays: [0, 6], years, statutoryHolidays: 'VN' };
}
