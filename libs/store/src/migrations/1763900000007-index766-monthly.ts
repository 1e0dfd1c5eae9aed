import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-month sums of the 766 facts, beside the per-day ones and at the same four levels: what came
 * before a period (the stock of dossiers carried over, overdue) is summed over months instead of
 * days, so its cost grows thirty times slower with the length of the history. Filled from the
 * per-day sums, which hold the same facts.
 */
export class Index766Monthly1763900000007 implements MigrationInterface {
  name = 'Index766Monthly1763900000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE index766_monthly (
        level          CHAR(1) NOT NULL,
        agency_code    TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        channel        TEXT NOT NULL,
        month          DATE NOT NULL,
        kind           TEXT NOT NULL,
        n              BIGINT NOT NULL,
        amount         DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (level, agency_code, procedure_code, channel, month, kind))`);
    await q.query(`
      INSERT INTO index766_monthly
      SELECT level, agency_code, procedure_code, channel, date_trunc('month', day)::date, kind, sum(n), sum(amount)
      FROM index766_daily GROUP BY 1, 2, 3, 4, 5, 6`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE index766_monthly');
  }
}
