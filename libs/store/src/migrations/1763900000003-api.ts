import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the HTTP API needs besides the read models: remembered responses of `Idempotency-Key` POSTs,
 * and the work queue's order (nearest deadline first, dossiers without one last).
 */
export class Api1763900000003 implements MigrationInterface {
  name = 'Api1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        principal     TEXT NOT NULL,
        key           TEXT NOT NULL,
        route         TEXT NOT NULL,
        request_hash  TEXT NOT NULL,
        status        INTEGER,
        body          JSONB,
        dossier_code  TEXT,
        created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, key)
      )`);
    await q.query(
      `CREATE INDEX dossiers_queue_order ON dossiers (agency_code, (COALESCE(next_deadline, 'infinity'::timestamptz)), dossier_code)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX dossiers_queue_order');
    await q.query('DROP TABLE idempotency_keys');
  }
}
