import { civilServiceCalendarConfig } from './civil-service-calendar';
import { WorkingCalendar } from './working-calendar';

const vn = (local: string): Date => new Date(`${local}:00+07:00`);
const iso = (d: Date): string => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('the national civil-service calendar', () => {
  const cal = new WorkingCalendar(civilServiceCalendarConfig());

  it.each([
    ['Tết 2024: 08–14/02 off', '2024-02-07T15:00', 480, '2024-02-15 15:00'],
    ['make-up Saturday 04/05/2024 is worked, 29/04–01/05 off', '2024-04-26T15:00', 480, '2024-05-02 15:00'],
    ['Saturday 04/05/2024 itself', '2024-05-03T16:00', 90, '2024-05-04 08:00'],
    ['National Day 2024: 02–03/09 off', '2024-08-30T15:00', 480, '2024-09-04 15:00'],
    ['Tết 2025: 27–31/01 off', '2025-01-24T15:00', 480, '2025-02-03 15:00'],
    ['make-up Saturday 26/04/2025', '2025-04-25T15:00', 480, '2025-04-26 15:00'],
    ['30/04–02/05/2025 off', '2025-04-29T15:00', 480, '2025-05-05 15:00'],
    ['Tết 2026: 16–20/02 off', '2026-02-13T15:00', 480, '2026-02-23 15:00'],
    ['Hùng Kings 2026 compensated Monday 27/04', '2026-04-24T15:00', 480, '2026-04-28 15:00'],
    ['Vietnamese Culture Day 24/11/2026', '2026-11-23T15:00', 480, '2026-11-25 15:00'],
    ['provisional 2027: Tết 05–11/02 off', '2027-02-04T15:00', 480, '2027-02-12 15:00'],
  ])('%s', (_name, from, minutes, expected) => {
    expect(iso(cal.addWorkingMinutes(vn(from), minutes))).toBe(expected);
  });

  it('reports entered years by their flag and derived years as provisional', () => {
    expect(cal.yearStatus(2024)).toBe('confirmed');
    expect(cal.yearStatus(2025)).toBe('confirmed');
    expect(cal.yearStatus(2026)).toBe('provisional');
    expect(cal.yearStatus(2027)).toBe('provisional');
  });
});
