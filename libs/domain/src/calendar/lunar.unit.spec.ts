import { formatIsoDate } from './civil-date';
import { lunarNewYearOf, lunarToEpochDay } from './lunar';
import { provisionalDaysOff } from './vn-statutory-holidays';

describe('Vietnamese lunar calendar', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // China's New Year is 03/02/2030: the new moon falls at 23:07 in UTC+7, 00:07 in UTC+8.
    [2030, '2030-02-02'],
  ])('Tết %i falls on %s', (year, expected) => {
    expect(formatIsoDate(lunarNewYearOf(year))).toBe(expected);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ Hùng Vương (10/3 lunar) %i falls on %s', (year, expected) => {
    expect(formatIsoDate(lunarToEpochDay(year, 3, 10))).toBe(expected);
  });
});

describe('provisional statutory days off', () => {
  const daysOff = (year: number): string[] => provisionalDaysOff(year).map(formatIsoDate);

  it('derives 2027 from the rules: Tết around 06/02 compensated past the weekend, Hùng Kings 16/04', () => {
    // Tết 2027: 05/02 (Fri, last day of the year), 06–07/02 (Sat–Sun, compensated 10–11/02), 08–09/02.
    expect(daysOff(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
      '2027-11-24',
    ]);
  });

  it('compensates a Sunday holiday on Monday (Hùng Kings 2026 falls on Sunday 26/04)', () => {
    expect(daysOff(2026)).toContain('2026-04-27');
    expect(daysOff(2026)).not.toContain('2026-04-26');
  });

  it('has no Vietnamese Culture Day before 2026', () => {
    expect(daysOff(2025).some((d) => d.endsWith('-11-24'))).toBe(false);
  });
});
