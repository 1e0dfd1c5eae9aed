import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No query filters or sorts on a dossier's folded `state` (it is read whole, by key), so ANALYZE
 * need not sample it: statistics on that wide JSON column were most of ANALYZE's time after a rebuild.
 */
export class StateStatistics1763900000006 implements MigrationInterface {
  name = 'StateStatistics1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dossiers ALTER COLUMN state SET STATISTICS 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dossiers ALTER COLUMN state SET STATISTICS -1');
  }
}
