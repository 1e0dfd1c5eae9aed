import { DAY_MS, MINUTE_MS, epochDayOf, formatIsoDate, parseIsoDate, weekdayOf } from './civil-date';
import type { SessionSet, WorkingCalendarConfig, Weekday, YearStatus } from './calendar-config';
import { NO_WORK, isInSession, scheduleOf, timeOfDayAt, workedBy, type DaySchedule } from './day-schedule';
import { TimeZoneOffsets } from './time-zone';
import { YearDaysResolver } from './year-days';

/** Years a calendar will extend to; instants outside raise `RangeError`. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2300;

interface ResolvedSessionSet {
  readonly fromDay: number;
  readonly standard: DaySchedule;
  readonly byWeekday: readonly DaySchedule[];
}

/** One Gregorian year of the calendar: per-day schedules and working time elapsed before each day. */
interface YearTable {
  readonly year: number;
  readonly firstDay: number;
  /** `elapsed[i]`: working ms from the year's start to the start of day i; `elapsed[days]` = the year's total. */
  readonly elapsed: Float64Array;
  readonly schedules: readonly DaySchedule[];
  /** UTC offset (ms) used for each local day. */
  readonly offsets: Int32Array;
  readonly status: YearStatus;
}

/**
 * Working time of one unit (agency or centre): sessions, weekly rest days, holidays and make-up
 * working days in a time zone. All durations are *working* time; instants are `Date`s (UTC).
 *
 * A deadline is the earliest instant at which the required working time has elapsed: with sessions
 * 07:30–11:30 and 13:00–17:00, Friday 15:00 + 8 h is Monday 15:00, and 07:30 + 4 h is 11:30 the same
 * day (not 13:00). Exact to the millisecond. Internally every instant maps to the working time
 * elapsed since a fixed origin; years are tabulated lazily, so any instant from 1900 to 2300 works.
 */
export class WorkingCalendar {
  private readonly zone: TimeZoneOffsets;
  private readonly sessionSets: readonly ResolvedSessionSet[];
  private readonly yearDays: YearDaysResolver;
  private readonly tables: YearTable[] = [];
  /** `starts[i]`: working ms from the origin to the start of `tables[i]`. */
  private readonly starts: number[] = [];

  constructor(readonly config: WorkingCalendarConfig) {
    this.zone = new TimeZoneOffsets(config.timeZone);
    this.sessionSets = resolveSessionSets(config);
    const weekend = config.sessionSets?.[0]?.weekendDays ?? config.weekendDays ?? [0, 6];
    this.yearDays = new YearDaysResolver(config, weekend);
  }

  /**
   * The earliest instant at which `minutes` working minutes have elapsed since `from`.
   * Fractional minutes are honoured to the millisecond. `minutes` ≤ 0 returns `from` for 0; a negative
   * value counts backwards (see {@link subtractWorkingMinutes}).
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    if (minutes < 0) return this.subtractWorkingMinutes(from, -minutes);
    if (minutes === 0) return new Date(from.getTime());
    return new Date(this.shifted(from.getTime(), Math.round(minutes * MINUTE_MS)));
  }

  /**
   * The earliest instant `t` such that `minutes` working minutes elapse between `t` and `before`
   * (e.g. the apology reminder, one working day before the due date).
   */
  subtractWorkingMinutes(before: Date, minutes: number): Date {
    if (minutes <= 0) return new Date(before.getTime());
    return new Date(this.shifted(before.getTime(), -Math.round(minutes * MINUTE_MS)));
  }

  /**
   * `from` + `days` working days, where one working day is the standard day length (the sessions of a
   * regular working day) of the session set in force at `from`: 3 working days from Monday 10:00 is
   * Thursday 10:00 on a regular week.
   */
  addWorkingDays(from: Date, days: number): Date {
    return this.addWorkingMinutes(from, days * this.standardDayMinutes(from));
  }

  /** Working minutes between two instants; 0 when `to` ≤ `from`. May be fractional for sub-minute inputs. */
  workingMinutesBetween(from: Date, to: Date): number {
    if (to.getTime() <= from.getTime()) return 0;
    return (this.elapsedAt(to.getTime()) - this.elapsedAt(from.getTime())) / MINUTE_MS;
  }

  /** True when `at` falls inside a working session (sessions are half-open: 11:30 is not working). */
  isWorkingInstant(at: Date): boolean {
    const { table, index, msOfDay } = this.locate(at.getTime());
    return isInSession(table.schedules[index], msOfDay);
  }

  /** `at` itself when it is working time, else the start of the next session. */
  nextWorkingInstant(at: Date): Date {
    if (this.isWorkingInstant(at)) return new Date(at.getTime());
    return new Date(this.shifted(at.getTime(), 1) - 1);
  }

  /** The end of the last session of the working day holding the next working instant from `at`. */
  endOfWorkingDay(at: Date): Date {
    const start = this.nextWorkingInstant(at).getTime();
    const { table, index } = this.locate(start);
    const schedule = table.schedules[index];
    return new Date((table.firstDay + index) * DAY_MS + schedule.ends[schedule.ends.length - 1] - table.offsets[index]);
  }

  /** Local date (`YYYY-MM-DD`) of `at` in the calendar's time zone. */
  localDateOf(at: Date): string {
    const { table, index } = this.locate(at.getTime());
    return formatIsoDate(table.firstDay + index);
  }

  /** Milliseconds after local midnight of `at` in the calendar's time zone. */
  localTimeOfDay(at: Date): number {
    return this.locate(at.getTime()).msOfDay;
  }

  /** Session time of a regular working day at `at`, in minutes (480 for 07:30–11:30 + 13:00–17:00). */
  standardDayMinutes(at: Date): number {
    const { table, index } = this.locate(at.getTime());
    return this.sessionSetOf(table.firstDay + index).standard.total / MINUTE_MS;
  }

  /** Whether the days off of `year` are the official schedule or a provisional derivation. */
  yearStatus(year: number): YearStatus {
    return this.tableOfYear(year).status;
  }

  /** The earliest UTC instant at which `deltaMs` working ms (may be negative) have elapsed since `utcMs`. */
  private shifted(utcMs: number, deltaMs: number): number {
    const { table, index, msOfDay, tableIndex } = this.locate(utcMs);
    const target = this.starts[tableIndex] + table.elapsed[index] + workedBy(table.schedules[index], msOfDay) + deltaMs;
    return this.instantAt(target, table.year);
  }

  /** Working ms from the origin to `utcMs`. */
  private elapsedAt(utcMs: number): number {
    const { table, index, msOfDay, tableIndex } = this.locate(utcMs);
    return this.starts[tableIndex] + table.elapsed[index] + workedBy(table.schedules[index], msOfDay);
  }

  /**
   * The earliest UTC instant at which `target` working ms have elapsed since the origin, searching
   * from the table of `hintYear` (where the answer usually is).
   */
  private instantAt(target: number, hintYear: number): number {
    let i = this.tableIndexOf(hintYear);
    while (target <= this.starts[i]) i = this.tableIndexOf(this.tables[i].year - 1);
    while (target > this.starts[i] + this.total(i)) i = this.tableIndexOf(this.tables[i].year + 1);
    const table = this.tables[i];
    const within = target - this.starts[i];
    const day = firstDayReaching(table.elapsed, within);
    const msOfDay = timeOfDayAt(table.schedules[day], within - table.elapsed[day]);
    return (table.firstDay + day) * DAY_MS + msOfDay - table.offsets[day];
  }

  private total(tableIndex: number): number {
    const { elapsed } = this.tables[tableIndex];
    return elapsed[elapsed.length - 1];
  }

  private locate(utcMs: number): { table: YearTable; tableIndex: number; index: number; msOfDay: number } {
    if (!Number.isFinite(utcMs)) throw new RangeError('invalid instant');
    const local = utcMs + this.zone.offsetAt(utcMs);
    const epochDay = Math.floor(local / DAY_MS);
    const tableIndex = this.tableIndexOfDay(epochDay);
    const table = this.tables[tableIndex];
    return { table, tableIndex, index: epochDay - table.firstDay, msOfDay: local - epochDay * DAY_MS };
  }

  private tableIndexOfDay(epochDay: number): number {
    const first = this.tables[0];
    if (first) {
      const guess = Math.floor((epochDay - first.firstDay) / 365.2425);
      for (const i of [guess, guess - 1, guess + 1]) {
        const t = this.tables[i];
        if (t && epochDay >= t.firstDay && epochDay < t.firstDay + t.schedules.length) return i;
      }
    }
    const year = new Date(epochDay * DAY_MS).getUTCFullYear();
    return this.tableIndexOf(year);
  }

  private tableOfYear(year: number): YearTable {
    return this.tables[this.tableIndexOf(year)];
  }

  /** Index of `year`'s table, building it and every year between it and the tabulated ones. */
  private tableIndexOf(year: number): number {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new RangeError(`the working calendar covers ${MIN_YEAR}–${MAX_YEAR}, not ${year}`);
    }
    if (this.tables.length === 0) {
      this.tables.push(this.buildYear(year));
      this.starts.push(0);
    }
    while (year < this.tables[0].year) {
      const table = this.buildYear(this.tables[0].year - 1);
      this.tables.unshift(table);
      this.starts.unshift(this.starts[0] - table.elapsed[table.elapsed.length - 1]);
    }
    while (year > this.tables[this.tables.length - 1].year) {
      const last = this.tables.length - 1;
      this.starts.push(this.starts[last] + this.total(last));
      this.tables.push(this.buildYear(this.tables[last].year + 1));
    }
    return year - this.tables[0].year;
  }

  private buildYear(year: number): YearTable {
    const firstDay = epochDayOf(year, 1, 1);
    const days = epochDayOf(year + 1, 1, 1) - firstDay;
    const { off, makeUp, status } = this.yearDays.resolve(year);
    const elapsed = new Float64Array(days + 1);
    const offsets = new Int32Array(days);
    const schedules: DaySchedule[] = [];
    for (let i = 0; i < days; i++) {
      const epochDay = firstDay + i;
      const set = this.sessionSetOf(epochDay);
      const schedule = off.has(epochDay)
        ? NO_WORK
        : makeUp.has(epochDay)
          ? set.standard
          : set.byWeekday[weekdayOf(epochDay)];
      schedules.push(schedule);
      offsets[i] = this.zone.offsetOfLocalDay(epochDay);
      elapsed[i + 1] = elapsed[i] + schedule.total;
    }
    return { year, firstDay, elapsed, schedules, offsets, status };
  }

  private sessionSetOf(epochDay: number): ResolvedSessionSet {
    let chosen = this.sessionSets[0];
    for (const set of this.sessionSets) if (set.fromDay <= epochDay) chosen = set;
    return chosen;
  }
}

/** Smallest day index `d` with `elapsed[d] < within ≤ elapsed[d + 1]` (binary search). */
function firstDayReaching(elapsed: Float64Array, within: number): number {
  let lo = 0;
  let hi = elapsed.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (elapsed[mid + 1] >= within) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function resolveSessionSets(config: WorkingCalendarConfig): ResolvedSessionSet[] {
  const sets: readonly SessionSet[] = config.sessionSets?.length
    ? config.sessionSets
    : [
        {
          effectiveFrom: '1900-01-01',
          sessions: config.sessions ?? [],
          weekendDays: config.weekendDays,
          weekdaySessions: config.weekdaySessions,
        },
      ];
  return [...sets]
    .map((set) => {
      const standard = scheduleOf(set.sessions);
      if (standard.total === 0) throw new RangeError('a session set needs at least one session');
      const weekend = set.weekendDays ?? [0, 6];
      const byWeekday = ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).map((wd) => {
        const override = set.weekdaySessions?.[wd];
        if (override) return scheduleOf(override);
        return weekend.includes(wd) ? NO_WORK : standard;
      });
      return { fromDay: parseIsoDate(set.effectiveFrom), standard, byWeekday };
    })
    .sort((a, b) => a.fromDay - b.fromDay);
}
