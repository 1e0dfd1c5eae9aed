import { DAY_MS } from './civil-date';

const HOUR_MS = 3_600_000;

/** What is known of one zone: the offsets read so far by hour of UTC time, and its `Intl` formatter once needed. */
interface KnownZone {
  readonly byHour: Map<number, number>;
  format?: Intl.DateTimeFormat;
}

/**
 * Offsets are a pure function of (zone, instant), so every calendar of a zone in a process shares them.
 * (Not across workflows: the Temporal sandbox evaluates our modules afresh for each workflow.)
 */
const ZONES = new Map<string, KnownZone>();

/** The zone's entry; an unknown zone throws RangeError (and is not kept) unless its offset is known to be fixed. */
function knownZone(timeZone: string, fixed: boolean): KnownZone {
  let zone = ZONES.get(timeZone);
  if (!zone) {
    zone = { byHour: new Map() };
    if (!fixed) formatOf(zone, timeZone);
    ZONES.set(timeZone, zone);
  }
  return zone;
}

/** The zone's formatter, made on first use (making one costs as much as many offsets). */
function formatOf(zone: KnownZone, timeZone: string): Intl.DateTimeFormat {
  zone.format ??= new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return zone.format;
}

/**
 * Zones whose offset has not changed since an instant (IANA tz database): no `Intl` call is needed
 * after it. Vietnam has kept +07:00 since 13 June 1975 (taken here from 1976). This matters inside
 * workflows, where each dossier builds its calendar's year tables anew: one `Intl` call per day of the
 * year was most of the worker's CPU per command. A unit test checks the entries against `Intl`.
 */
export const FIXED_OFFSET_ZONES: Readonly<Record<string, { readonly offsetMs: number; readonly sinceMs: number }>> = {
  'Asia/Ho_Chi_Minh': { offsetMs: 7 * HOUR_MS, sinceMs: Date.UTC(1976, 0, 1) },
  'Asia/Saigon': { offsetMs: 7 * HOUR_MS, sinceMs: Date.UTC(1976, 0, 1) },
};

/**
 * UTC offsets of one IANA time zone: fixed where {@link FIXED_OFFSET_ZONES} says so, otherwise read
 * from `Intl` once per hour of UTC time and cached, with the documented assumption that a
 * daylight-saving change never falls inside a working session.
 */
export class TimeZoneOffsets {
  private readonly zone: KnownZone;
  /** The zone's fixed offset since an instant, if it has one. */
  private readonly fixed: { readonly offsetMs: number; readonly sinceMs: number } | undefined;

  constructor(readonly timeZone: string) {
    this.fixed =
      timeZone === 'UTC' || timeZone === 'Etc/UTC' ? { offsetMs: 0, sinceMs: -Infinity } : FIXED_OFFSET_ZONES[timeZone];
    this.zone = knownZone(timeZone, this.fixed !== undefined);
  }

  /** Offset in milliseconds (local − UTC) at a UTC instant. */
  offsetAt(utcMs: number): number {
    if (this.fixed && utcMs >= this.fixed.sinceMs) return this.fixed.offsetMs;
    const hour = Math.floor(utcMs / HOUR_MS);
    let offset = this.zone.byHour.get(hour);
    if (offset === undefined) {
      offset = this.readOffset(hour * HOUR_MS);
      this.zone.byHour.set(hour, offset);
    }
    return offset;
  }

  /** Offset in force at local noon of an epoch day: the one offset the calendar uses for that whole day. */
  offsetOfLocalDay(epochDay: number): number {
    const noonLocal = epochDay * DAY_MS + DAY_MS / 2;
    return this.offsetAt(noonLocal - this.offsetAt(noonLocal));
  }

  private readOffset(utcMs: number): number {
    const parts = formatOf(this.zone, this.timeZone).formatToParts(new Date(utcMs));
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
