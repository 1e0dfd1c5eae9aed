/**
 * Proleptic Gregorian date arithmetic on plain numbers, without `Date` objects, so the
 * working calendar stays allocation-free on its hot paths.
 * An *epoch day* counts local days from 1970-01-01 (day 0).
 */

/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** A local calendar date. `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Epoch day of a civil date (Howard Hinnant's `days_from_civil`). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date of an epoch day (Howard Hinnant's `civil_from_days`). */
export function civilDateOf(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** True for 29 February years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into an epoch day; throws `RangeError` on anything else or an impossible date. */
export function parseIsoDate(text: string): number {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a YYYY-MM-DD date`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = epochDayOf(year, month, day);
  const back = civilDateOf(epochDay);
  if (back.month !== month || back.day !== day) throw new RangeError(`"${text}" is not a real date`);
  return epochDay;
}

/** Formats an epoch day as `YYYY-MM-DD`. */
export function formatIsoDate(epochDay: number): string {
  const { year, month, day } = civilDateOf(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CLOCK_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses `HH:MM` (00:00–24:00) into milliseconds after local midnight. */
export function parseClockTime(text: string): number {
  const match = CLOCK_TIME.exec(text);
  if (!match) throw new RangeError(`"${text}" is not an HH:MM time`);
  const ms = (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
  if (ms > DAY_MS) throw new RangeError(`"${text}" is later than 24:00`);
  return ms;
}
