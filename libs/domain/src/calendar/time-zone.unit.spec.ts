import { FIXED_OFFSET_ZONES, TimeZoneOffsets } from './time-zone';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The offset `Intl` gives at a UTC instant (the reference the fixed entries must agree with). */
function intlOffset(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const field = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (
    Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')) - utcMs
  );
}

describe('TimeZoneOffsets', () => {
  it.each(Object.entries(FIXED_OFFSET_ZONES))(
    '%s: the fixed offset agrees with Intl every day of 2020–2035 and every week of 1976–2100',
    (zone, { offsetMs, sinceMs }) => {
      const offsets = new TimeZoneOffsets(zone);
      const daily = Date.UTC(2020, 0, 1);
      for (let at = daily; at < Date.UTC(2036, 0, 1); at += DAY_MS + 7 * 60_000) {
        expect([at, offsets.offsetAt(at)]).toEqual([at, intlOffset(zone, at)]);
      }
      for (let at = sinceMs; at < Date.UTC(2101, 0, 1); at += 7 * DAY_MS + HOUR_MS) {
        expect([at, intlOffset(zone, at)]).toEqual([at, offsetMs]);
      }
    },
  );

  it('asks Intl before a fixed zone’s offset took effect (Saigon was on +08:00 in 1970)', () => {
    expect(new TimeZoneOffsets('Asia/Ho_Chi_Minh').offsetAt(Date.UTC(1970, 0, 1)) / HOUR_MS).toBe(8);
  });

  it('follows daylight saving in other zones', () => {
    const berlin = new TimeZoneOffsets('Europe/Berlin');
    expect(berlin.offsetAt(Date.UTC(2026, 0, 15, 12)) / HOUR_MS).toBe(1);
    expect(berlin.offsetAt(Date.UTC(2026, 6, 15, 12)) / HOUR_MS).toBe(2);
    expect(new TimeZoneOffsets('Australia/Sydney').offsetAt(Date.UTC(2026, 0, 15, 12)) / HOUR_MS).toBe(11);
  });

  it('refuses an unknown zone', () => {
    expect(() => new TimeZoneOffsets('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
