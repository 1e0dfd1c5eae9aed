import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ProcessStep, ProcedureTerms, WorkingCalendarConfig } from '@motcua/domain';
import { systemClock, type Clock } from './clock';
import { EventStore, type EventMetadata } from './event-store';

/** A procedure of the catalogue (thủ tục hành chính): the terms dossiers copy, and what the 766 index reads. */
export interface CatalogueProcedure extends ProcedureTerms {
  readonly sector: string;
  /** Agencies that receive it. */
  readonly agencyCodes: readonly string[];
  /** Fee in VND (0 when free). */
  readonly fee: number;
  /** Online service level (Decree 42/2022): fully online, partly online, or none. */
  readonly onlineLevel: 'full' | 'partial' | 'none';
  /** Whether fees can be paid online. */
  readonly onlinePayment: boolean;
  /** When the procedure was published, and when it takes effect (YYYY-MM-DD). */
  readonly publishedAt?: string;
  readonly effectiveFrom?: string;
  /** Thành phần hồ sơ: the papers the applicant brings (the desk's checklist at submission). */
  readonly components?: readonly { readonly code: string; readonly name: string; readonly copies: number }[];
  /** Its internal process (quy trình nội bộ); absent: the default one (desk → processing unit → desk). */
  readonly process?: { readonly steps: readonly ProcessStep[] };
}

/** The working calendar of one unit (agency or centre), revised as a whole. */
export interface UnitCalendar {
  readonly agencyCode: string;
  readonly agencyName: string;
  /** Cơ quan chủ quản and địa danh, as the header and date line of the unit's papers print them. */
  readonly governingBody?: string;
  readonly place?: string;
  readonly calendar: WorkingCalendarConfig;
}

const PROCEDURE_STREAM = 'procedure-';
const CALENDAR_STREAM = 'calendar-';

/**
 * Reference data as events: every change of a procedure or a unit calendar is an event carrying the
 * whole new version (`ProcedureRevised`, `UnitCalendarRevised`), so the current version is the
 * stream's last event and the history of the catalogue is kept like every other fact.
 */
export class CatalogueStore {
  private readonly events: EventStore;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock = systemClock,
  ) {
    this.events = new EventStore(db);
  }

  procedure(code: string): Promise<Versioned<CatalogueProcedure> | undefined> {
    return this.latest(`${PROCEDURE_STREAM}${code}`);
  }

  calendar(agencyCode: string): Promise<Versioned<UnitCalendar> | undefined> {
    return this.latest(`${CALENDAR_STREAM}${agencyCode}`);
  }

  /** The catalogue as it stood at `asOf` (default: now). */
  procedures(asOf?: Date): Promise<Versioned<CatalogueProcedure>[]> {
    return this.all('ProcedureRevised', asOf);
  }

  calendars(): Promise<Versioned<UnitCalendar>[]> {
    return this.all('UnitCalendarRevised');
  }

  /** Appends a new version of a procedure; `expectedVersion` guards against a concurrent edit. */
  async reviseProcedure(
    procedure: CatalogueProcedure,
    metadata: EventMetadata,
    expectedVersion?: number,
    eventId?: string,
  ): Promise<number> {
    return this.revise(
      `${PROCEDURE_STREAM}${procedure.code}`,
      'ProcedureRevised',
      procedure,
      metadata,
      expectedVersion,
      eventId,
    );
  }

  async reviseCalendar(
    unit: UnitCalendar,
    metadata: EventMetadata,
    expectedVersion?: number,
    eventId?: string,
  ): Promise<number> {
    return this.revise(
      `${CALENDAR_STREAM}${unit.agencyCode}`,
      'UnitCalendarRevised',
      unit,
      metadata,
      expectedVersion,
      eventId,
    );
  }

  /** Seeds reference data once: deterministic event ids make a second seed a no-op. */
  async seed(procedures: readonly CatalogueProcedure[], calendars: readonly UnitCalendar[]): Promise<void> {
    const metadata = { actorId: 'seed', actorRole: 'system' };
    for (const p of procedures) {
      if (!(await this.procedure(p.code)))
        await this.reviseProcedure(p, metadata, 0, nameBasedUuid(`motcua-seed:procedure:${p.code}`));
    }
    for (const c of calendars) {
      if (!(await this.calendar(c.agencyCode)))
        await this.reviseCalendar(c, metadata, 0, nameBasedUuid(`motcua-seed:calendar:${c.agencyCode}`));
    }
  }

  private async revise(
    streamId: string,
    type: string,
    data: object,
    metadata: EventMetadata,
    expectedVersion?: number,
    eventId?: string,
  ): Promise<number> {
    const version = expectedVersion ?? (await this.events.versionOf(streamId));
    const result = await this.events.append(streamId, version, [
      {
        eventId: eventId ?? randomUUID(),
        type,
        data: { ...data },
        metadata,
        occurredAt: this.clock.now().toISOString(),
      },
    ]);
    return result.version;
  }

  private async latest<T>(streamId: string): Promise<Versioned<T> | undefined> {
    const [row] = await this.db.query(
      'SELECT data, stream_version FROM events WHERE stream_id = $1 ORDER BY events.stream_version DESC LIMIT 1',
      [streamId],
    );
    return row ? { version: row.stream_version, value: row.data } : undefined;
  }

  /** The last version of every stream of one reference type, recorded by `asOf` (index `events_catalogue`). */
  private async all<T>(type: 'ProcedureRevised' | 'UnitCalendarRevised', asOf?: Date): Promise<Versioned<T>[]> {
    const rows = await this.db.query(
      `SELECT DISTINCT ON (stream_id) data, stream_version FROM events
       WHERE type IN ('ProcedureRevised', 'UnitCalendarRevised') AND type = $1 AND recorded_at <= $2
       ORDER BY stream_id, events.stream_version DESC`,
      [type, (asOf ?? new Date('9999-12-31T00:00:00Z')).toISOString()],
    );
    return rows.map((row: { data: T; stream_version: number }) => ({ version: row.stream_version, value: row.data }));
  }
}

export interface Versioned<T> {
  readonly version: number;
  readonly value: T;
}

/** A UUID derived from a name: deterministic event ids for seeds and synthetic data (a re-run writes nothing twice). */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
