import fc from 'fast-check';
import { WorkingCalendar } from './working-calendar';

/** Local time in Vietnam (UTC+7), written as in the domain examples. */
const vn = (local: string): Date => new Date(`${local}:00+07:00`);
const iso = (d: Date): string => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const SESSIONS = [
  { start: '07:30', end: '11:30' },
  { start: '13:00', end: '17:00' },
];

const plain = new WorkingCalendar({
  timeZone: 'Asia/Ho_Chi_Minh',
  sessions: SESSIONS,
  weekendDays: [0, 6],
  holidays: [
    '2025-04-30',
    '2025-05-01',
    '2025-05-02',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
  ],
  makeUpWorkingDays: ['2025-04-26'],
});

describe('WorkingCalendar.addWorkingMinutes', () => {
  // 2025-03-07 is a Friday, 2025-03-08 a Saturday.
  it.each([
    ['domain example: Friday 15:00 + 8 h', '2025-03-07T15:00', 480, '2025-03-10 15:00'],
    ['domain example: Saturday 10:00 + 8 h', '2025-03-08T10:00', 480, '2025-03-10 17:00'],
    ['domain example: Tuesday 12:00 (lunch) + 8 h', '2025-03-11T12:00', 480, '2025-03-12 11:30'],
    ['07:30 + 4 h ends at the morning close, not after lunch', '2025-03-10T07:30', 240, '2025-03-10 11:30'],
    ['11:00 + 1 h crosses lunch', '2025-03-10T11:00', 60, '2025-03-10 13:30'],
    ['before opening counts from 07:30', '2025-03-10T06:00', 30, '2025-03-10 08:00'],
    ['at closing counts from next morning', '2025-03-10T17:00', 30, '2025-03-11 08:00'],
    ['late evening counts from next morning', '2025-03-10T21:45', 480, '2025-03-11 17:00'],
    ['Sunday counts from Monday', '2025-03-09T09:00', 1, '2025-03-10 07:31'],
    ['exact end of day', '2025-03-10T07:30', 480, '2025-03-10 17:00'],
    ['make-up Saturday 26/04/2025 is worked', '2025-04-25T15:00', 480, '2025-04-26 15:00'],
    ['30/04–02/05/2025 off, then weekend', '2025-04-29T15:00', 480, '2025-05-05 15:00'],
    ['Tết 2025: Friday 24/01 15:00 + 8 h lands after the holiday week', '2025-01-24T15:00', 480, '2025-02-03 15:00'],
  ])('%s', (_name, from, minutes, expected) => {
    expect(iso(plain.addWorkingMinutes(vn(from), minutes))).toBe(expected);
  });

  it('accepts instants in any offset (UTC input)', () => {
    // Friday 2025-03-07 08:00 UTC = 15:00 in Vietnam.
    expect(iso(plain.addWorkingMinutes(new Date('2025-03-07T08:00:00Z'), 480))).toBe('2025-03-10 15:00');
    expect(plain.addWorkingMinutes(new Date('2025-03-07T08:00:00Z'), 480).toISOString()).toBe(
      '2025-03-10T08:00:00.000Z',
    );
  });

  it('keeps seconds and milliseconds', () => {
    const from = new Date('2025-03-10T07:30:30.250+07:00');
    expect(plain.addWorkingMinutes(from, 1).toISOString()).toBe('2025-03-10T00:31:30.250Z');
    expect(plain.addWorkingMinutes(from, 0.5).toISOString()).toBe('2025-03-10T00:31:00.250Z');
  });

  it('returns the start instant for zero minutes', () => {
    const sunday = vn('2025-03-09T09:00');
    expect(plain.addWorkingMinutes(sunday, 0).getTime()).toBe(sunday.getTime());
  });

  it('counts backwards for negative minutes', () => {
    expect(iso(plain.addWorkingMinutes(vn('2025-03-10T15:00'), -480))).toBe('2025-03-07 15:00');
    expect(iso(plain.subtractWorkingMinutes(vn('2025-03-10T08:00'), 60))).toBe('2025-03-07 16:30');
  });
});

describe('WorkingCalendar.addWorkingDays', () => {
  it.each([
    ['3 working days from Monday 10:00 is Thursday 10:00', '2025-03-10T10:00', 3, '2025-03-13 10:00'],
    ['10 working days across a weekend', '2025-03-10T10:00', 10, '2025-03-24 10:00'],
    ['1 working day from Friday 16:00', '2025-03-07T16:00', 1, '2025-03-10 16:00'],
    ['20 working days across 30/04–02/05 and the make-up Saturday', '2025-04-14T08:00', 20, '2025-05-14 08:00'],
  ])('%s', (_name, from, days, expected) => {
    expect(iso(plain.addWorkingDays(vn(from), days))).toBe(expected);
  });

  it('uses the standard day length of the calendar', () => {
    expect(plain.standardDayMinutes(vn('2025-03-10T10:00'))).toBe(480);
  });
});

describe('WorkingCalendar.workingMinutesBetween', () => {
  it.each([
    ['Friday 15:00 → Monday 15:00', '2025-03-07T15:00', '2025-03-10T15:00', 480],
    ['across lunch', '2025-03-10T11:00', '2025-03-10T13:30', 60],
    ['inside lunch', '2025-03-10T11:45', '2025-03-10T12:45', 0],
    ['reversed interval', '2025-03-10T15:00', '2025-03-10T10:00', 0],
    ['a whole regular week', '2025-03-10T00:00', '2025-03-17T00:00', 2400],
    ['the week of 30/04/2025 with the make-up Saturday before it', '2025-04-26T00:00', '2025-05-03T00:00', 1440],
  ])('%s', (_name, from, to, minutes) => {
    expect(plain.workingMinutesBetween(vn(from), vn(to))).toBe(minutes);
  });
});

describe('WorkingCalendar.isWorkingInstant', () => {
  it.each([
    ['07:29', '2025-03-10T07:29', false],
    ['07:30 (opening)', '2025-03-10T07:30', true],
    ['11:29', '2025-03-10T11:29', true],
    ['11:30 (sessions are half-open)', '2025-03-10T11:30', false],
    ['lunch', '2025-03-10T12:30', false],
    ['13:00', '2025-03-10T13:00', true],
    ['17:00 (closing)', '2025-03-10T17:00', false],
    ['Saturday', '2025-03-08T09:00', false],
    ['make-up Saturday', '2025-04-26T09:00', true],
    ['holiday 30/04', '2025-04-30T09:00', false],
  ])('%s', (_name, at, expected) => {
    expect(plain.isWorkingInstant(vn(at))).toBe(expected);
  });

  it('finds the next working instant', () => {
    expect(iso(plain.nextWorkingInstant(vn('2025-03-08T09:00')))).toBe('2025-03-10 07:30');
    expect(iso(plain.nextWorkingInstant(vn('2025-03-10T12:00')))).toBe('2025-03-10 13:00');
    expect(iso(plain.nextWorkingInstant(vn('2025-03-10T09:00')))).toBe('2025-03-10 09:00');
    expect(iso(plain.endOfWorkingDay(vn('2025-03-10T09:00')))).toBe('2025-03-10 17:00');
  });
});

describe('effective-dated sessions and weekday overrides', () => {
  const cal = new WorkingCalendar({
    timeZone: 'Asia/Ho_Chi_Minh',
    sessionSets: [
      { effectiveFrom: '2025-01-01', sessions: SESSIONS },
      {
        effectiveFrom: '2025-06-01',
        sessions: [
          { start: '07:00', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
        weekdaySessions: { 6: [{ start: '07:30', end: '11:30' }] },
      },
    ],
  });

  it('switches hours on the effective date', () => {
    expect(iso(cal.addWorkingMinutes(vn('2025-05-30T16:00'), 120))).toBe('2025-06-02 08:00');
    expect(cal.standardDayMinutes(vn('2025-06-02T08:00'))).toBe(480);
  });

  it('counts a Saturday-morning session where the unit opens then', () => {
    expect(iso(cal.addWorkingMinutes(vn('2025-06-06T16:00'), 120))).toBe('2025-06-07 08:30');
  });

  it('rejects overlapping sessions', () => {
    expect(
      () =>
        new WorkingCalendar({
          timeZone: 'Asia/Ho_Chi_Minh',
          sessions: [
            { start: '07:30', end: '12:00' },
            { start: '11:00', end: '17:00' },
          ],
        }),
    ).toThrow(RangeError);
  });
});

describe('calendar laws (property tests)', () => {
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms));
  const minutes = fc.integer({ min: 0, max: 60 * 480 });

  it('measuring after adding gives back the same working time', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => plain.workingMinutesBetween(t, plain.addWorkingMinutes(t, m)) === m),
    );
  });

  it('is monotonic in the start instant and in the duration', () => {
    fc.assert(
      fc.property(instant, instant, minutes, (a, b, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return plain.addWorkingMinutes(early, m) <= plain.addWorkingMinutes(late, m);
      }),
    );
    fc.assert(
      fc.property(instant, minutes, minutes, (t, m1, m2) => {
        const [small, big] = m1 <= m2 ? [m1, m2] : [m2, m1];
        return plain.addWorkingMinutes(t, small) <= plain.addWorkingMinutes(t, big);
      }),
    );
  });

  it('never ends inside a non-working gap: the millisecond before a deadline is working time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 480 }), (t, m) => {
        const deadline = plain.addWorkingMinutes(t, m);
        return plain.isWorkingInstant(new Date(deadline.getTime() - 1));
      }),
    );
  });

  it('is the earliest such instant: one millisecond earlier is not enough', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 480 }), (t, m) => {
        const deadline = plain.addWorkingMinutes(t, m);
        return plain.workingMinutesBetween(t, new Date(deadline.getTime() - 1)) < m;
      }),
    );
  });

  it('is additive: adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instant, minutes, fc.integer({ min: 1, max: 5000 }), (t, a, b) => {
        const stepwise = plain.addWorkingMinutes(plain.addWorkingMinutes(t, a), b);
        return stepwise.getTime() === plain.addWorkingMinutes(t, a + b).getTime();
      }),
    );
  });

  it('subtracting undoes adding in working time', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => plain.workingMinutesBetween(plain.subtractWorkingMinutes(t, m), t) === m),
    );
  });
});
