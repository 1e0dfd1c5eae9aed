import { DAY_MS, formatIsoDate, parseIsoDate } from './civil-date';
import { TimeZoneOffsets } from './time-zone';

/**
 * Local days of Vietnam: the day a dossier was received (its code), the days reports are summed by.
 * Vietnam keeps +07:00 all year (no daylight saving).
 */
export const REPORTING_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const reportingZone = new TimeZoneOffsets(REPORTING_TIME_ZONE);

/** The instant a local reporting day begins. */
export function startOfReportingDay(date: string): Date {
  const localMs = parseIsoDate(date) * DAY_MS;
  return new Date(localMs - reportingZone.offsetAt(localMs));
}

/** The local reporting day of an instant, `YYYY-MM-DD`. */
export function reportingDayOf(at: Date): string {
  return formatIsoDate(Math.floor((at.getTime() + reportingZone.offsetAt(at.getTime())) / DAY_MS));
}

/** The next local day. */
export function dayAfter(date: string): string {
  return formatIsoDate(parseIsoDate(date) + 1);
}
