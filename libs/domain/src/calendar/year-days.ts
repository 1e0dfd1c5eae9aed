import { civilDateOf, parseIsoDate } from './civil-date';
import type { WorkingCalendarConfig, YearStatus } from './calendar-config';
import { provisionalDaysOff } from './vn-statutory-holidays';

/** Days off and make-up working days of one Gregorian year, as epoch days. */
export interface YearDays {
  readonly off: ReadonlySet<number>;
  readonly makeUp: ReadonlySet<number>;
  readonly status: YearStatus;
}

/**
 * Resolves which days of `year` are off or worked, from the explicit lists, the entered years and,
 * for years not entered, the statutory derivation (flagged provisional).
 */
export class YearDaysResolver {
  private readonly globalOff: number[];
  private readonly globalMakeUp: number[];

  constructor(
    private readonly config: WorkingCalendarConfig,
    private readonly weekendDays: readonly number[],
  ) {
    this.globalOff = (config.holidays ?? []).map(parseIsoDate);
    this.globalMakeUp = (config.makeUpWorkingDays ?? []).map(parseIsoDate);
  }

  resolve(year: number): YearDays {
    const inYear = (d: number): boolean => civilDateOf(d).year === year;
    const off = new Set(this.globalOff.filter(inYear));
    const makeUp = new Set(this.globalMakeUp.filter(inYear));
    const entered = this.config.years?.[String(year)];
    let status: YearStatus = 'confirmed';
    if (entered) {
      entered.daysOff.forEach((d) => off.add(parseIsoDate(d)));
      entered.makeUpWorkingDays.forEach((d) => makeUp.add(parseIsoDate(d)));
      status = entered.confirmed ? 'confirmed' : 'provisional';
    } else if (this.config.statutoryHolidays === 'VN') {
      provisionalDaysOff(year, this.weekendDays).forEach((d) => off.add(d));
      status = 'provisional';
    }
    return { off, makeUp, status };
  }
}
