import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store: one append-only table. `position` is the global order; `transaction_id` lets a
 * catch-up consumer read only events of transactions that can no longer be overtaken by a
 * concurrent one with a smaller position (see EventStore.readAll).
 */
export class EventStore1763900000000 implements MigrationInterface {
  name = 'EventStore1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        position        BIGSERIAL PRIMARY KEY,
        transaction_id  XID8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       TEXT NOT NULL,
        stream_version  INTEGER NOT NULL CHECK (stream_version > 0),
        event_id        UUID NOT NULL,
        type            TEXT NOT NULL,
        schema_version  INTEGER NOT NULL DEFAULT 1,
        data            JSONB NOT NULL,
        metadata        JSONB NOT NULL,
        occurred_at     TIMESTAMPTZ NOT NULL,
        recorded_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT events_event_id_unique UNIQUE (event_id),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      )`);
    await q.query(`CREATE INDEX events_transaction_position ON events (transaction_id, position)`);
    // Append-only by construction: the table refuses UPDATE and DELETE whoever asks.
    await q.query(`
      CREATE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'events are append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_are_immutable()`);
    await q.query(`
      CREATE TABLE projection_checkpoints (
        projection      TEXT PRIMARY KEY,
        transaction_id  XID8 NOT NULL DEFAULT '0',
        position        BIGINT NOT NULL DEFAULT 0,
        updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE projection_checkpoints');
    await q.query('DROP TABLE events');
    await q.query('DROP FUNCTION events_are_immutable');
  }
}
