import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbers of the papers motcua issues: each unit numbers each form from 1 every year (sổ theo dõi,
 * "Số: 12/PXL"). One row per paper owed (dossier, paper, the event that produced it), so a retried
 * issuance gets the number it got the first time; the counters keep the last number per series.
 */
export class SlipNumbers1763900000011 implements MigrationInterface {
  name = 'SlipNumbers1763900000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE slip_counters (
        agency_code TEXT NOT NULL,
        series      TEXT NOT NULL,
        year        INT NOT NULL,
        last        INT NOT NULL,
        PRIMARY KEY (agency_code, series, year))`);
    await q.query(`
      CREATE TABLE slip_numbers (
        dossier_code TEXT NOT NULL,
        slip         TEXT NOT NULL,
        of_version   INT NOT NULL,
        agency_code  TEXT NOT NULL,
        series       TEXT NOT NULL,
        year         INT NOT NULL,
        seq          INT NOT NULL,
        PRIMARY KEY (dossier_code, slip, of_version),
        UNIQUE (agency_code, series, year, seq))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE slip_numbers');
    await q.query('DROP TABLE slip_counters');
  }
}
