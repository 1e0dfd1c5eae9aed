import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national portal's outbox (national-sync.md): what each dossier event owes the portal, written by
 * the projector in the same transaction as the read models. `message_id` is derived from the event
 * (dossier, stream version, index), so a replay or a rebuild writes nothing twice and never re-sends what
 * was acknowledged; `seq` orders a dossier's messages, which are delivered one at a time in that order.
 */
export class PortalOutbox1763900000012 implements MigrationInterface {
  name = 'PortalOutbox1763900000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_outbox (
        message_id      TEXT PRIMARY KEY,
        dossier_code    TEXT NOT NULL,
        agency_code     TEXT NOT NULL,
        seq             INT NOT NULL,
        service         TEXT NOT NULL,
        is_updating     BOOLEAN,
        payload         JSONB NOT NULL,
        mapping_version TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acknowledged', 'dead')),
        attempts        INT NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_error      TEXT,
        acknowledged_at TIMESTAMPTZ,
        created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (dossier_code, seq))`);
    await q.query(`CREATE INDEX portal_outbox_due ON portal_outbox (next_attempt_at) WHERE state = 'pending'`);
    await q.query(`CREATE INDEX portal_outbox_dead ON portal_outbox (created_at) WHERE state = 'dead'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE portal_outbox');
  }
}
