import { epochDayOf, weekdayOf } from './civil-date';
import { lunarNewYearOf, lunarToEpochDay } from './lunar';

/** A statutory day off, before weekend compensation. */
interface StatutoryDay {
  readonly epochDay: number;
  readonly name: string;
}

/**
 * Public holidays of Labour Code 2019 Art. 112 for a year whose official schedule is unknown.
 * Readings we chose (the yearly notice decides the real days; this is only the *provisional* calendar):
 * - Tết: the last day of the lunar year and the first four days of the new one (5 days);
 * - National Day: 02/09 plus 01/09 when 02/09 is a Tuesday or Saturday (bridging a weekend), else 03/09;
 * - Vietnamese Culture Day 24/11 from 2026 (Resolution 28/2026/QH16).
 */
function statutoryDays(year: number): StatutoryDay[] {
  const tet = lunarNewYearOf(year);
  const nationalDay = epochDayOf(year, 9, 2);
  const bridgeBefore = [2, 6].includes(weekdayOf(nationalDay));
  const days: StatutoryDay[] = [
    { epochDay: epochDayOf(year, 1, 1), name: 'Tết Dương lịch' },
    ...[-1, 0, 1, 2, 3].map((k) => ({ epochDay: tet + k, name: 'Tết Nguyên đán' })),
    { epochDay: lunarToEpochDay(year, 3, 10), name: 'Giỗ Tổ Hùng Vương' },
    { epochDay: epochDayOf(year, 4, 30), name: 'Ngày Chiến thắng' },
    { epochDay: epochDayOf(year, 5, 1), name: 'Quốc tế Lao động' },
    { epochDay: nationalDay, name: 'Quốc khánh' },
    { epochDay: nationalDay + (bridgeBefore ? -1 : 1), name: 'Quốc khánh (ngày liền kề)' },
  ];
  if (year >= 2026) days.push({ epochDay: epochDayOf(year, 11, 24), name: 'Ngày Văn hóa Việt Nam' });
  return days.sort((a, b) => a.epochDay - b.epochDay);
}

/**
 * Weekdays off in `year` derived from the statutory rules, with a holiday that falls on a weekly
 * rest day compensated on the next working weekday (Art. 112(3)). Epoch days, ascending.
 */
export function provisionalDaysOff(year: number, weekendDays: readonly number[] = [0, 6]): number[] {
  const off = new Set<number>();
  const holidays = statutoryDays(year);
  const isHoliday = (d: number): boolean => holidays.some((h) => h.epochDay === d);
  for (const { epochDay } of holidays) {
    if (!weekendDays.includes(weekdayOf(epochDay))) {
      off.add(epochDay);
      continue;
    }
    let compensation = epochDay + 1;
    while (weekendDays.includes(weekdayOf(compensation)) || off.has(compensation) || isHoliday(compensation)) {
      compensation++;
    }
    off.add(compensation);
  }
  return [...off].sort((a, b) => a - b);
}
