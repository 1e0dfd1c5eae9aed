import { DAY_MS } from './civil-date';

const HOUR_MS = 3_600_000;

/**
 * UTC offsets of one IANA time zone, read from `Intl` once per hour of UTC time and cached.
 * Asia/Ho_Chi_Minh has had a fixed +07:00 since 1975; other zones work too, with the
 * documented assumption that a daylight-saving change never falls inside a working session.
 */
export class TimeZoneOffsets {
  private readonly cache = new Map<number, number>();
  private readonly format: Intl.DateTimeFormat;
  /** A fixed offset, when the zone is a plain `UTC±HH:MM` or `Etc/UTC`. */
  private readonly fixedMs: number | undefined;

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.fixedMs = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 0 : undefined;
  }

  /** Offset in milliseconds (local − UTC) at a UTC instant. */
  offsetAt(utcMs: number): number {
    if (this.fixedMs !== undefined) return this.fixedMs;
    const hour = Math.floor(utcMs / HOUR_MS);
    let offset = this.cache.get(hour);
    if (offset === undefined) {
      offset = this.readOffset(hour * HOUR_MS);
      this.cache.set(hour, offset);
    }
    return offset;
  }

  /** Offset in force at local noon of an epoch day: the one offset the calendar uses for that whole day. */
  offsetOfLocalDay(epochDay: number): number {
    const noonLocal = epochDay * DAY_MS + DAY_MS / 2;
    return this.offsetAt(noonLocal - this.offsetAt(noonLocal));
  }

  private readOffset(utcMs: number): number {
    const parts = this.format.formatToParts(new Date(utcMs));
    const field = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    const localAsUtc = Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour'),
      field('minute'),
      field('second'),
    );
    return localAsUtc - (utcMs - (utcMs % 1000));
  }
}
