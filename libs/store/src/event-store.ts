import type { DataSource } from 'typeorm';
import { queryRows } from './prepared';

/** Who caused an event and why; stored beside it. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: string;
  readonly agencyCode?: string;
  /** Request or workflow that the event belongs to. */
  readonly correlationId?: string;
  /** The command (or event) that caused it. */
  readonly causationId?: string;
  readonly commandType?: string;
}

/** An event to append. `eventId` is chosen by the caller so that a retried append is recognised. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  /** Business instant of the fact, ISO-8601. */
  readonly occurredAt: string;
}

export interface StoredEvent extends Required<Omit<NewEvent, 'schemaVersion'>> {
  readonly schemaVersion: number;
  readonly position: string;
  readonly transactionId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly recordedAt: string;
}

/** What folding a stream needs of an event: all a rebuild reads. */
export interface FoldableEvent extends Pick<
  StoredEvent,
  'transactionId' | 'position' | 'streamId' | 'streamVersion' | 'type' | 'schemaVersion' | 'data'
> {
  readonly metadata: Pick<EventMetadata, 'actorId'> & Partial<Pick<EventMetadata, 'actorRole'>>;
}

export interface AppendResult {
  /** Stream version after the append. */
  readonly version: number;
  /** True when these events were already stored (a retried append): nothing was written. */
  readonly duplicate: boolean;
}

/** The stream is not at the version the writer expected: someone else appended first. */
export class WrongExpectedVersion extends Error {
  override readonly name = 'WrongExpectedVersion';
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${expected}`);
  }
}

/** A retried append whose event ids only partly match what is stored: a bug, never to be hidden. */
export class InconsistentRetry extends Error {
  override readonly name = 'InconsistentRetry';
}

const UNIQUE_VIOLATION = '23505';

/** Position in the global order that a catch-up reader has consumed up to. */
export interface Checkpoint {
  readonly transactionId: string;
  readonly position: string;
}
export const START: Checkpoint = { transactionId: '0', position: '0' };

/** Whether `event` comes after `checkpoint` in the global order (transaction, then position). */
export function isPast(event: Pick<StoredEvent, 'transactionId' | 'position'>, checkpoint: Checkpoint): boolean {
  const [tx, at] = [BigInt(event.transactionId), BigInt(checkpoint.transactionId)];
  return tx > at || (tx === at && BigInt(event.position) > BigInt(checkpoint.position));
}

/**
 * Append-only event store on PostgreSQL. There is no update or delete path (and the table's trigger
 * refuses them). Appends are idempotent by event id and guarded by the expected stream version.
 */
export class EventStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Starts many new streams in one statement (bulk loads: imports, synthetic data). All or nothing:
   * if any stream already exists, the unique (stream, version) constraint refuses the whole batch.
   */
  async startStreams(streams: readonly { streamId: string; events: readonly NewEvent[] }[]): Promise<number> {
    const rows = streams.flatMap((s) => s.events.map((event, i) => ({ streamId: s.streamId, version: i + 1, event })));
    if (rows.length === 0) return 0;
    await this.db.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at)
       SELECT e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version, e.data, e.metadata, e.occurred_at
       FROM unnest($1::text[], $2::int[], $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])
         WITH ORDINALITY AS e(stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, ord)
       ORDER BY ord`,
      [
        rows.map((r) => r.streamId),
        rows.map((r) => r.version),
        rows.map((r) => r.event.eventId),
        rows.map((r) => r.event.type),
        rows.map((r) => r.event.schemaVersion ?? 1),
        rows.map((r) => JSON.stringify(r.event.data)),
        rows.map((r) => JSON.stringify(r.event.metadata)),
        rows.map((r) => r.event.occurredAt),
      ],
    );
    return rows.length;
  }

  /**
   * Appends `events` to `streamId` if it is at `expectedVersion` (0 for a new stream): one statement,
   * whose version check and insert are atomic (a concurrent writer that got there first makes it fail
   * on the unique stream version). When nothing was appended, the events are either already stored (a
   * retried append: done, `duplicate`) or the stream moved on ({@link WrongExpectedVersion}).
   */
  async append(streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<AppendResult> {
    if (events.length === 0) return { version: expectedVersion, duplicate: false };
    try {
      // ORDER BY ord: positions are drawn in row order, so they follow the stream versions.
      const inserted = await queryRows(
        this.db,
        `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at)
         SELECT $1, $2 + ord, e.event_id, e.type, e.schema_version, e.data, e.metadata, e.occurred_at
         FROM unnest($3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])
           WITH ORDINALITY AS e(event_id, type, schema_version, data, metadata, occurred_at, ord)
         WHERE (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) = $2
         ORDER BY ord
         RETURNING stream_version`,
        [
          streamId,
          expectedVersion,
          events.map((e) => e.eventId),
          events.map((e) => e.type),
          events.map((e) => e.schemaVersion ?? 1),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.occurredAt),
        ],
      );
      if (inserted.length === events.length) return { version: expectedVersion + events.length, duplicate: false };
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    }
    const already = await this.storedVersionOf(this.db, streamId, events);
    if (already !== undefined) return { version: already, duplicate: true };
    throw new WrongExpectedVersion(streamId, expectedVersion, await this.versionOf(streamId));
  }

  /** Current version of a stream (0 when it does not exist). */
  async versionOf(streamId: string): Promise<number> {
    const [{ version }] = await this.db.query(
      'SELECT coalesce(max(stream_version), 0)::int AS version FROM events WHERE stream_id = $1',
      [streamId],
    );
    return version;
  }

  /** Every event of a stream, in stream order. */
  async readStream(streamId: string): Promise<StoredEvent[]> {
    const rows = await this.db.query(`${SELECT_EVENTS} WHERE stream_id = $1 ORDER BY events.stream_version`, [
      streamId,
    ]);
    return rows.map(toStoredEvent);
  }

  /**
   * Up to `limit` events after `checkpoint` in the global order, only from transactions that have
   * committed and that no still-running transaction can precede: a position taken by a transaction
   * that commits later never appears behind the reader's back.
   */
  async readAll(
    checkpoint: Checkpoint,
    limit: number,
    db: Pick<DataSource, 'query'> = this.db,
  ): Promise<StoredEvent[]> {
    const rows = await db.query(
      `${SELECT_EVENTS}
       WHERE (transaction_id, position) > ($1::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY events.transaction_id, events.position
       LIMIT $3`,
      [checkpoint.transactionId, checkpoint.position, limit],
    );
    return rows.map(toStoredEvent);
  }

  /**
   * The next `limit` events after `after` in stream order (each stream whole and in version order):
   * a rebuild's keyset pages. Filter in the caller: any condition beside the keyset here makes the
   * planner sort the whole table for every page instead of walking the stream index.
   */
  async readInStreamOrder(
    after: { readonly streamId: string; readonly streamVersion: number },
    limit: number,
  ): Promise<FoldableEvent[]> {
    const rows = await this.db.query(
      `SELECT transaction_id::text, position::text, stream_id, stream_version, type, schema_version, data,
              metadata->>'actorId' AS actor_id, metadata->>'actorRole' AS actor_role
       FROM events WHERE (stream_id, stream_version) > ($1, $2)
       ORDER BY events.stream_id, events.stream_version
       LIMIT $3`,
      [after.streamId, after.streamVersion, limit],
    );
    return rows.map((row: Record<string, unknown>) =>
      toFoldableEvent(row, {
        actorId: row.actor_id as string,
        ...(row.actor_role === null ? {} : { actorRole: row.actor_role as EventMetadata['actorRole'] }),
      }),
    );
  }

  /** Stream version reached by `events` if every one of them is already stored; undefined if none is. */
  private async storedVersionOf(
    db: Pick<DataSource, 'query'>,
    streamId: string,
    events: readonly NewEvent[],
  ): Promise<number | undefined> {
    const rows: { stream_id: string; stream_version: number }[] = await db.query(
      'SELECT stream_id, stream_version FROM events WHERE event_id = ANY($1::uuid[])',
      [events.map((e) => e.eventId)],
    );
    if (rows.length === 0) return undefined;
    if (rows.length !== events.length || rows.some((r) => r.stream_id !== streamId)) {
      throw new InconsistentRetry(
        `events ${events.map((e) => e.eventId).join(', ')} are only partly stored in ${streamId}`,
      );
    }
    return Math.max(...rows.map((r) => r.stream_version));
  }
}

// The text casts keep 64-bit numbers exact in JavaScript. ORDER BY must name the table's columns
// (events.position), or it would sort by these text outputs ("10" before "9").
const SELECT_EVENTS = `
  SELECT position::text, transaction_id::text, stream_id, stream_version, event_id, type, schema_version,
         data, metadata, occurred_at, recorded_at
  FROM events`;

function toStoredEvent(row: Record<string, unknown>): StoredEvent {
  return {
    ...toFoldableEvent(row, row.metadata as EventMetadata),
    position: row.position as string,
    eventId: row.event_id as string,
    occurredAt: (row.occurred_at as Date).toISOString(),
    recordedAt: (row.recorded_at as Date).toISOString(),
  };
}

function toFoldableEvent<M extends FoldableEvent['metadata']>(
  row: Record<string, unknown>,
  metadata: M,
): FoldableEvent & { metadata: M } {
  return {
    transactionId: row.transaction_id as string,
    position: row.position as string,
    streamId: row.stream_id as string,
    streamVersion: row.stream_version as number,
    type: row.type as string,
    schemaVersion: row.schema_version as number,
    data: row.data as Record<string, unknown>,
    metadata,
  };
}
