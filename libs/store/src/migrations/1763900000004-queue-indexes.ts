import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work queue reads open dossiers nearest deadline first, for one agency (the common case) or for
 * every agency (a provincial scope): partial indexes over open dossiers serve both orders directly.
 */
export class QueueIndexes1763900000004 implements MigrationInterface {
  name = 'QueueIndexes1763900000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX dossiers_queue_order');
    await q.query(
      `CREATE INDEX dossiers_open_by_agency ON dossiers (agency_code, (COALESCE(next_deadline, 'infinity'::timestamptz)), dossier_code)
       WHERE stage <> 'closed'`,
    );
    await q.query(
      `CREATE INDEX dossiers_open ON dossiers ((COALESCE(next_deadline, 'infinity'::timestamptz)), dossier_code) WHERE stage <> 'closed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX dossiers_open');
    await q.query('DROP INDEX dossiers_open_by_agency');
    await q.query(
      `CREATE INDEX dossiers_queue_order ON dossiers (agency_code, (COALESCE(next_deadline, 'infinity'::timestamptz)), dossier_code)`,
    );
  }
}
