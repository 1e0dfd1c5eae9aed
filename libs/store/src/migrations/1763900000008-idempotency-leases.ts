import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency claims get an owner and a lease: an attempt that died while holding a key no longer
 * blocks it forever, and only the attempt holding the claim stores the answer. Answers are kept as
 * JSON text, which stores anything JSON can say (jsonb refuses a NUL character even escaped).
 */
export class IdempotencyLeases1763900000008 implements MigrationInterface {
  name = 'IdempotencyLeases1763900000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys
      ADD COLUMN attempt UUID,
      ADD COLUMN lease_until TIMESTAMPTZ,
      ALTER COLUMN body TYPE TEXT USING body::text`);
    // The former "failed with a 5xx, retry me" marker is now an expired lease.
    await q.query('UPDATE idempotency_keys SET status = NULL WHERE status = -1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys
      DROP COLUMN attempt,
      DROP COLUMN lease_until,
      ALTER COLUMN body TYPE JSONB USING body::jsonb`);
  }
}
