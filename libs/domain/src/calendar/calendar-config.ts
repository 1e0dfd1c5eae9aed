/** A working session in local clock time, `HH:MM`, e.g. `{ start: '07:30', end: '11:30' }`. Half-open: [start, end). */
export interface SessionSpec {
  readonly start: string;
  readonly end: string;
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Weekly working hours in force from a date on (effective-dated, e.g. summer/winter hours or a
 * centre that changes its opening time).
 */
export interface SessionSet {
  /** First local date (`YYYY-MM-DD`) the set applies to; the earliest set also applies before it. */
  readonly effectiveFrom: string;
  /** Sessions of a regular working day; their total is the calendar's standard day length. */
  readonly sessions: readonly SessionSpec[];
  /** Weekly rest days; default Saturday and Sunday. */
  readonly weekendDays?: readonly Weekday[];
  /** Sessions that differ on a given weekday (e.g. a Saturday-morning desk). Overrides `weekendDays`. */
  readonly weekdaySessions?: Partial<Record<Weekday, readonly SessionSpec[]>>;
}

/** Whether a year's days off are the official schedule or derived from the statutory rules. */
export type YearStatus = 'confirmed' | 'provisional';

/** The days off and make-up working days of one year, as entered by an administrator. */
export interface CalendarYear {
  /** `true` once the official yearly notice has been entered. */
  readonly confirmed: boolean;
  /** Weekdays that are off, `YYYY-MM-DD` (weekend days need no entry). */
  readonly daysOff: readonly string[];
  /** Weekend days that are worked (ngày làm bù), `YYYY-MM-DD`. */
  readonly makeUpWorkingDays: readonly string[];
}

/**
 * Everything a working calendar needs, as plain serialisable data (it travels in workflow inputs).
 *
 * The minimal form is `timeZone` + `sessions` + `holidays` + `makeUpWorkingDays`. A unit calendar
 * adds `years` (which years were entered, and whether each is confirmed) and `statutoryHolidays`:
 * years not entered are then derived from the statutory rules and reported *provisional*.
 */
export interface WorkingCalendarConfig {
  /** IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
  readonly timeZone: string;
  /** Sessions of a regular working day (used when `sessionSets` is absent). */
  readonly sessions?: readonly SessionSpec[];
  /** Weekly rest days (used when `sessionSets` is absent); default `[0, 6]`. */
  readonly weekendDays?: readonly Weekday[];
  /** Weekday overrides (used when `sessionSets` is absent). */
  readonly weekdaySessions?: Partial<Record<Weekday, readonly SessionSpec[]>>;
  /** Effective-dated weekly hours; replaces `sessions`/`weekendDays`/`weekdaySessions`. */
  readonly sessionSets?: readonly SessionSet[];
  /** Whole local days off, `YYYY-MM-DD`. */
  readonly holidays?: readonly string[];
  /** Weekend days that are worked, `YYYY-MM-DD`. */
  readonly makeUpWorkingDays?: readonly string[];
  /** Years entered by hand, with their days off; they replace the statutory derivation for that year. */
  readonly years?: Readonly<Record<string, CalendarYear>>;
  /** Derive days off of years absent from `years` from a country's statutory rules. */
  readonly statutoryHolidays?: 'VN';
}
