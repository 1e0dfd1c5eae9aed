import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Acknowledgements the dossier must learn of (its record's creation, 1.4; an e-result in the personal
 * store, 4.4): the worker relays each to the dossier's workflow, which records it as an event, and marks
 * it relayed here. Rows acknowledged before this migration are relayed too (a backfill of the facts).
 */
export class PortalAcknowledgements1763900000014 implements MigrationInterface {
  name = 'PortalAcknowledgements1763900000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE portal_outbox ADD COLUMN relayed_at TIMESTAMPTZ');
    await q.query(
      `CREATE INDEX portal_outbox_to_relay ON portal_outbox (acknowledged_at)
       WHERE state = 'acknowledged' AND relayed_at IS NULL
         AND ((service = 'DongBoHoSoMC' AND is_updating = false) OR service = 'DongBoKetQuaKhoDuLieuCaNhan')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX portal_outbox_to_relay');
    await q.query('ALTER TABLE portal_outbox DROP COLUMN relayed_at');
  }
}
